/**
 * What runs in a page's long main-thread tasks, from a Chromium trace (bench/browser.ts `--trace`): every task of the
 * page's main thread of 50 ms or more between the marks `fp-pick` and `fp-done` (User Timing, set by the bench page),
 * its wall time against its CPU (thread) time, and that CPU summed by kind (garbage collection, script by function and
 * file, event dispatch by type, promise callbacks, timers, style, layout, paint). Not a test.
 */

/** The trace categories the breakdown reads (the timeline, its GC detail, User Timing). */
export const LONG_TASK_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute',
  'disabled-by-default-v8.gc', 'blink_gc', 'toplevel',
];

/** One trace event, as far as the breakdown reads it. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; url?: string; functionName?: string; frame?: string; stackTrace?: unknown } };
}

/** One long task: when (ms from the pick), its wall time, its main-thread CPU time, and that CPU by kind (largest first). */
export interface LongTask {
  at: number;
  ms: number;
  cpuMs: number;
  kinds: [string, number][];
}

/** The page's main thread from the pick to onSuccess: its tasks, their CPU and wall time, the long ones. */
export interface MainThreadReport {
  tasks: number;
  cpuMs: number;
  wallMs: number;
  maxTaskCpuMs: number;
  /** CPU time by kind over the whole upload (ms, the 8 largest). */
  kinds: [string, number][];
  longTasks: LongTask[];
}

const LONG_MS = 50;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The task-level events of Chromium's scheduler (their names changed over versions). */
const TASK = /^(RunTask|ThreadControllerImpl::RunTask)$/;
/** Wrappers and GC phases whose CPU is counted in the event that holds them. */
const TRANSPARENT = /^(V8\.GC_|ThreadControllerImpl::|BlinkScheduler_|v8\.callFunction$|Receive mojo|SimpleWatcher::)/;

/** The label a piece of work is summed under. */
function kindOf(e: TraceEvent): string {
  const d = (e.args && e.args.data) || {};
  const file = (d.url || '').replace(/[?#].*$/, '').split('/').pop() || '';
  if (/(^|,)(disabled-by-default-)?v8\.gc(,|$)|(^|,)blink_gc(,|$)/.test(e.cat || '') || /^(MinorGC|MajorGC|V8\.GC|BlinkGC)/.test(e.name)) return 'gc';
  if (e.name === 'FunctionCall') return 'script ' + (d.functionName || '(anonymous)') + (file ? ' @' + file : '');
  if (e.name === 'EventDispatch') return 'event ' + (d.type || '?');
  if (e.name === 'EvaluateScript' || e.name === 'v8.compile') return e.name + (file ? ' ' + file : '');
  if (e.name === 'RunMicrotasks') return 'promise callbacks (RunMicrotasks)';
  if (TASK.test(e.name)) return 'task itself';
  return e.name;
}

/** CPU self time (thread time minus the children's) by kind, over the events of one thread sorted by start. */
function cpuByKind(events: TraceEvent[]): { [kind: string]: number } {
  const sums: { [kind: string]: number } = {};
  const stack: TraceEvent[] = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].ts + (stack[stack.length - 1].dur || 0) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (TRANSPARENT.test(e.name) && parent) continue;
    const cpu = e.tdur || 0;
    sums[kindOf(e)] = (sums[kindOf(e)] || 0) + cpu;
    if (parent) sums[kindOf(parent)] -= cpu;
    stack.push(e);
  }
  return sums;
}

function top(sums: { [kind: string]: number }, n: number): [string, number][] {
  return Object.keys(sums).map((k): [string, number] => [k, round1(sums[k] / 1000)]).filter((k) => k[1] >= 0.1).sort((a, b) => b[1] - a[1]).slice(0, n);
}

/**
 * The main thread (the one that set `fp-pick`) between `fp-pick` and `fp-done` (the task that holds the pick included, as
 * the page's `longtask` observer counts it): its tasks' CPU (thread time) against
 * their wall time, and every task of 50 ms or more with what its CPU went to. A long task whose CPU is a few ms spent
 * its time waiting for a core, not running the page's code.
 */
export function mainThreadReport(events: TraceEvent[]): MainThreadReport {
  const mark = (name: string): TraceEvent => {
    const e = events.find((x) => x.name === name);
    if (!e) throw new Error('the trace has no "' + name + '" mark');
    return e;
  };
  const pick = mark('fp-pick');
  const done = mark('fp-done');
  const main = events.filter((e) => e.pid === pick.pid && e.tid === pick.tid && e.ph === 'X' && e.dur !== undefined && e.ts + e.dur >= pick.ts && e.ts <= done.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur || 0) - (a.dur || 0));
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    const last = tasks[tasks.length - 1];
    if (TASK.test(e.name) && (!last || e.ts >= last.ts + (last.dur || 0))) tasks.push(e);
  }
  const inTask = (task: TraceEvent): TraceEvent[] => main.filter((e) => e.ts >= task.ts && e.ts + (e.dur || 0) <= task.ts + (task.dur || 0));
  const longOnes = tasks.filter((t) => (t.dur || 0) >= LONG_MS * 1000).map((task): LongTask => ({
    at: round1((task.ts - pick.ts) / 1000),
    ms: round1((task.dur || 0) / 1000),
    cpuMs: round1((task.tdur || 0) / 1000),
    kinds: top(cpuByKind(inTask(task)), 6),
  }));
  return {
    tasks: tasks.length,
    cpuMs: round1(tasks.reduce((s, t) => s + (t.tdur || 0), 0) / 1000),
    wallMs: round1(tasks.reduce((s, t) => s + (t.dur || 0), 0) / 1000),
    maxTaskCpuMs: round1(tasks.reduce((m, t) => Math.max(m, t.tdur || 0), 0) / 1000),
    kinds: top(cpuByKind(main), 8),
    longTasks: longOnes,
  };
}
