import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../src/cli/cliIo';
import { simCli } from '../../src/cli/sim';

/** `npm run sim --side ACTOR --policy ACTOR=LEVEL`: the side a run is about and each actor's policy. */
describe('sim --side and --policy', () => {
  const base = ['--scenario', 'dev-sandbox', '--seed', '3'];

  it('plays each actor on its chosen policy, records the levels, and reports the side', async () => {
    const r = await runInProcess(simCli, [...base, '--side', 'bolivia', '--policy', 'bolivia=hard', '--policy', 'us=passive', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      side: string;
      policies: Record<string, string>;
      perTurn: { actions: string[] }[];
      end: { scores: Record<string, { won: boolean }> };
      sideWon: boolean;
    };
    expect(out.side).toBe('bolivia');
    expect(out.policies).toEqual({ us: 'passive', bolivia: 'hard', china: 'baseline' });
    expect(out.sideWon).toBe(out.end.scores.bolivia?.won);
    // A passive United States takes no action in the whole game; the baseline run does.
    const usMoves = (o: { perTurn: { actions: string[] }[] }) => o.perTurn.flatMap((t) => t.actions).filter((a) => a.startsWith('us:'));
    expect(usMoves(out)).toEqual([]);
    const plain = JSON.parse((await runInProcess(simCli, [...base, '--json'])).stdout) as { perTurn: { actions: string[] }[] };
    expect(usMoves(plain).length).toBeGreaterThan(0);
  });

  it('a chosen level changes the game, the same choice gives the same game', async () => {
    const a = await runInProcess(simCli, [...base, '--policy', 'bolivia=hard']);
    const b = await runInProcess(simCli, [...base, '--policy', 'bolivia=hard']);
    const plain = await runInProcess(simCli, base);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(plain.stdout);
    expect(a.stdout).toContain('policies: us=baseline, bolivia=hard, china=baseline');
    // Without --side or --policy the output is what it always was (no policies line).
    expect(plain.stdout).not.toContain('policies:');
  });

  it("the text run ends with the side's verdict", async () => {
    const r = await runInProcess(simCli, [...base, '--side', 'us']);
    expect(r.stdout).toMatch(/\nside us \(baseline\): (WON|lost)\n$/);
  });

  it.each([
    [['--side', 'china'], /not a playable side of dev-sandbox \(playable: us, bolivia\)/],
    [['--side', 'atlantis'], /not a playable side/],
    [['--policy', 'us'], /--policy must be ACTOR=LEVEL, not "us"/],
    [['--policy', 'usa=hard'], /unknown actor "usa"/],
    [['--policy', 'us=genius'], /unknown level "genius" for us \(use baseline, passive, easy, normal, hard\)/],
    [['--policy', 'us=hard', '--policy', 'us=easy'], /us is given twice/],
  ])('bad %j exits 2 with the reason', async (extra, why) => {
    const r = await runInProcess(simCli, [...base, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(why);
  });
});
