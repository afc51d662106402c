/**
 * A token bucket per client: `burst` messages at once, refilled at `perSecond`. `take` spends a
 * token if there is one. The clock is passed in, so tests step it.
 */
export type Bucket = { take(now: number): boolean };

export function tokenBucket(burst: number, perSecond: number, now: number): Bucket {
  let tokens = burst;
  let last = now;
  return {
    take(t: number): boolean {
      tokens = Math.min(burst, tokens + (Math.max(0, t - last) / 1000) * perSecond);
      last = Math.max(last, t);
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
