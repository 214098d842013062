import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * How much of the machine other processes used while a variant ran. This machine is shared
 * (another engineer's tests and type checks run on the same 2 cores), so every number says
 * whether it was measured on a quiet machine. Linux /proc only; elsewhere it reports nothing.
 */
export interface CpuShare {
  /** This process, its children (the load generator) and the bench PostgreSQL server: % of all cores. */
  ownPercent: number;
  /** Everything else on the machine: % of all cores. */
  otherPercent: number;
}

// USER_HZ: the unit of /proc times; 100 on every Linux build Node supports.
const TICKS_PER_SECOND = 100;
const ownRoots = new Set<number>([process.pid]);

/** Counts a process tree as ours (the PostgreSQL postmaster, which pg_ctl detached from us). */
export function registerOwnProcess(pid: number): () => void {
  ownRoots.add(pid);
  return () => ownRoots.delete(pid);
}

function busyTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is work.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return user + nice + system + irq + softirq + steal;
}

interface ProcessStat {
  parent: number;
  /** utime + stime + cutime + cstime: own time plus that of reaped children. */
  ticks: number;
}

function readProcesses(): Map<number, ProcessStat> {
  const processes = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may hold spaces): state is field 3, ppid 4, utime 14 …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const number = (index: number) => Number(fields[index - 3] ?? 0);
      processes.set(Number(entry), {
        parent: number(4),
        ticks: number(14) + number(15) + number(16) + number(17),
      });
    } catch {
      // Ended while we looked.
    }
  }
  return processes;
}

function ownTicks(processes: Map<number, ProcessStat>): number {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of processes) {
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [...ownRoots];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += processes.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Starts watching; `stop()` returns the shares since the start, or undefined without /proc. */
export function watchCpu(): { stop(): CpuShare | undefined } {
  let start: { at: number; busy: number; own: number } | undefined;
  try {
    start = { at: performance.now(), busy: busyTicks(), own: ownTicks(readProcesses()) };
  } catch {
    start = undefined;
  }
  return {
    stop: () => {
      if (!start) return undefined;
      try {
        const seconds = (performance.now() - start.at) / 1000;
        const capacity = seconds * TICKS_PER_SECOND * cpus().length;
        const busy = busyTicks() - start.busy;
        const own = ownTicks(readProcesses()) - start.own;
        const percent = (ticks: number) =>
          Math.round(Math.max(0, Math.min(100, (ticks / capacity) * 100)));
        return { ownPercent: percent(own), otherPercent: percent(busy - own) };
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Waits (bounded) until other processes use less than `thresholdPercent` of the machine for
 * one second, so a variant does not start in the middle of someone else's test run. Returns
 * the seconds waited; gives up quietly after `limitSeconds` (the variant then records the
 * contention in its `cpu` share).
 */
export async function waitForQuietMachine(
  limitSeconds = 15,
  thresholdPercent = 15,
): Promise<number> {
  const began = performance.now();
  while ((performance.now() - began) / 1000 < limitSeconds) {
    const watch = watchCpu();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const share = watch.stop();
    if (!share || share.otherPercent < thresholdPercent) break;
  }
  return Math.round((performance.now() - began) / 100) / 10;
}
