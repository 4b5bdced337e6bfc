/**
 * Tells noise from regressions (issue 14, item 7): for each bench section, the load average before
 * and after, and how much CPU the machine's *other* processes used meanwhile. The load average alone
 * cannot say it: the bench's own previous section keeps it high. So the CPU time of the bench's
 * process tree (itself, the servers it started, the load generator) is subtracted from the machine's
 * (/proc/stat), and a section during which other processes used a quarter of a core or more is marked
 * busy. Linux only (/proc); elsewhere only the load averages are printed.
 */
import fs from "node:fs";
import os from "node:os";

/** Other processes' CPU, in cores, from which a section counts as run on a busy machine. */
const BUSY_CORES = 0.25;

export type SectionLoad = { section: string; loadBefore: number; loadAfter: number; otherCores: number | null; isBusy: boolean | null };

const round = (n: number) => Number(n.toFixed(2));

/** Busy CPU time of the whole machine, in clock ticks (the first line of /proc/stat without idle and iowait). */
function machineTicks(): number | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return user + nice + system + irq + softirq + steal;
  } catch {
    return null;
  }
}

/** CPU time of `root` and all its live descendants (plus the reaped ones, counted in their parents' c-times), in ticks. */
function treeTicks(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name (field 2) may hold spaces: the fields after it are counted from its ")".
      const after = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), { ppid: Number(after[1]), ticks: Number(after[11]) + Number(after[12]) + Number(after[13]) + Number(after[14]) });
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  for (const [pid, s] of stats) {
    for (let p = pid; p > 1; p = stats.get(p)?.ppid ?? 0) {
      if (p === root) {
        total += s.ticks;
        break;
      }
    }
  }
  return total;
}

/** Starts measuring a section; `end()` returns its load figures. */
export function startSection(section: string): { end(): SectionLoad } {
  const loadBefore = os.loadavg()[0]!;
  const machineBefore = machineTicks();
  const treeBefore = machineBefore === null ? 0 : treeTicks(process.pid);
  const started = performance.now();
  return {
    end() {
      const seconds = (performance.now() - started) / 1000;
      const machineAfter = machineTicks();
      // Clock ticks per second: 100 on Linux (USER_HZ), whatever the kernel's own HZ.
      const otherCores =
        machineBefore === null || machineAfter === null || seconds <= 0
          ? null
          : Math.max(0, machineAfter - machineBefore - (treeTicks(process.pid) - treeBefore)) / 100 / seconds;
      return {
        section,
        loadBefore: round(loadBefore),
        loadAfter: round(os.loadavg()[0]!),
        otherCores: otherCores === null ? null : round(otherCores),
        isBusy: otherCores === null ? null : otherCores >= BUSY_CORES,
      };
    },
  };
}

export function describeLoad(l: SectionLoad): string {
  const others = l.otherCores === null ? "" : `; other processes used ${l.otherCores} cores${l.isBusy ? " — BUSY machine: figures are noise" : ""}`;
  return `  [${l.section}] load average ${l.loadBefore} → ${l.loadAfter}${others}`;
}
