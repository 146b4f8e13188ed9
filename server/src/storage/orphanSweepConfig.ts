/**
 * When the built-in storage sweeps orphaned part-list folders (orphanSweep.ts) and stale MD5 records
 * (md5RecordSweep.ts): the grace (a folder no object names, or a record whose file is gone, is removed only once older
 * than this) and the interval between passes. Options `orphanGraceMs` and
 * `orphanSweepIntervalMs` (startServer), environment `FP_ORPHAN_GRACE_MS` and `FP_ORPHAN_SWEEP_INTERVAL_MS` (`npm start`
 * and `npm run storage`); see server/README.md.
 */

export const DEFAULT_ORPHAN_GRACE_MS = 10 * 60 * 1000;
export const DEFAULT_ORPHAN_SWEEP_INTERVAL_MS = 30 * 60 * 1000;
/** the longest delay a Node timer keeps (a longer one would fire after 1 ms) */
const MAX_TIMER_MS = 2147483647;

export interface OrphanSweepTiming {
  graceMs?: number;
  intervalMs?: number;
}

function bad(what: string, got: unknown): Error {
  return new Error(`server: ${what} must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}, got ${JSON.stringify(got)}`);
}

function check(what: string, v: number | undefined, def: number): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0 || v > MAX_TIMER_MS) throw bad(what, v);
  return v;
}

/** The timing with its defaults; `names` says how the caller named the two settings (in errors). */
export function sweepTiming(t: OrphanSweepTiming, names = { graceMs: 'orphan sweep grace', intervalMs: 'orphan sweep interval' }): Required<OrphanSweepTiming> {
  return { graceMs: check(names.graceMs, t.graceMs, DEFAULT_ORPHAN_GRACE_MS), intervalMs: check(names.intervalMs, t.intervalMs, DEFAULT_ORPHAN_SWEEP_INTERVAL_MS) };
}

/** `FP_ORPHAN_GRACE_MS`, `FP_ORPHAN_SWEEP_INTERVAL_MS` (unset or empty: the default); a bad value throws naming it. */
export function orphanSweepFromEnv(env: NodeJS.ProcessEnv): OrphanSweepTiming {
  const read = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v.trim() === '') return undefined;
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < 1 || n > MAX_TIMER_MS) throw bad(`environment variable ${name}`, v);
    return n;
  };
  return { graceMs: read('FP_ORPHAN_GRACE_MS'), intervalMs: read('FP_ORPHAN_SWEEP_INTERVAL_MS') };
}
