/**
 * CPU time and resident memory of a process by its id, read from Linux's /proc (the load test
 * measures the server processes it started; the figures are the kernel's, not the tester's guess).
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the project runs on

export type Usage = { cpuSeconds: number; rss: number };

export function processUsage(pid: number): Usage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rss: rssKiB * 1024 };
  } catch {
    return null;
  }
}

/** The usage of a process and its descendants (npx/tsx wrap the node that serves: count them all). */
export function treeUsage(pid: number): Usage | null {
  const own = processUsage(pid);
  if (!own) return null;
  let cpu = own.cpuSeconds;
  let rss = own.rss;
  for (const child of childrenOf(pid)) {
    const u = treeUsage(child);
    if (u) {
      cpu += u.cpuSeconds;
      rss += u.rss;
    }
  }
  return { cpuSeconds: cpu, rss };
}

function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}
