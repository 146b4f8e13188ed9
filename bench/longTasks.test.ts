/** The main-thread report of a Chromium trace (bench/longTasks.ts), on a small hand-made trace. */
import { mainThreadReport, TraceEvent } from './longTasks';

const MAIN = { pid: 1, tid: 10 };
const x = (name: string, ts: number, dur: number, tdur: number, extra: Partial<TraceEvent> = {}): TraceEvent =>
  ({ name, ph: 'X', ts, dur, tdur, ...MAIN, ...extra });

const trace: TraceEvent[] = [
  // a task that ended before the pick: not counted
  x('ThreadControllerImpl::RunTask', 0, 400, 400),
  // the task that holds the pick: counted
  x('ThreadControllerImpl::RunTask', 500, 1000, 1000),
  { name: 'fp-pick', ph: 'R', ts: 1000, ...MAIN },
  // a short task: 2 ms, all of it CPU
  x('ThreadControllerImpl::RunTask', 2000, 2000, 2000),
  // a long task that waited: 80 ms of wall time, 3 ms of CPU (a progress handler and a minor GC inside it)
  x('ThreadControllerImpl::RunTask', 10000, 80000, 3000),
  x('FunctionCall', 10100, 70000, 2500, { args: { data: { functionName: 'onprogress', url: 'http://h/dist/filepicker.min.js?x' } } }),
  x('MinorGC', 10200, 1000, 1000, { cat: 'devtools.timeline,v8' }),
  x('V8.GC_SCAVENGER', 10200, 900, 900, { cat: 'disabled-by-default-v8.gc' }),
  // a long task that ran: 60 ms of CPU in layout
  x('ThreadControllerImpl::RunTask', 100000, 60000, 60000),
  x('Layout', 100100, 59000, 59000),
  // another thread's long task is not the page's main thread
  { name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 20000, dur: 90000, tdur: 90000, pid: 1, tid: 11 },
  { name: 'fp-done', ph: 'R', ts: 200000, ...MAIN },
  // after onSuccess: not counted
  x('ThreadControllerImpl::RunTask', 300000, 90000, 90000),
];

describe('mainThreadReport', () => {
  const report = mainThreadReport(trace);

  it('counts the main thread\'s tasks between the marks, their CPU and wall time', () => {
    expect(report.tasks).toBe(4);
    expect(report.cpuMs).toBe(66);
    expect(report.wallMs).toBe(143);
    expect(report.maxTaskCpuMs).toBe(60);
  });

  it('names each task of 50 ms or more with its wall time, its CPU and what the CPU went to', () => {
    expect(report.longTasks).toEqual([
      { at: 9, ms: 80, cpuMs: 3, kinds: [['script onprogress @filepicker.min.js', 1.5], ['gc', 1], ['task itself', 0.5]] },
      { at: 99, ms: 60, cpuMs: 60, kinds: [['Layout', 59], ['task itself', 1]] },
    ]);
  });

  it('sums the CPU by kind over the whole upload', () => {
    expect(report.kinds[0]).toEqual(['Layout', 59]);
  });

  it('fails with the missing mark named', () => {
    expect(() => mainThreadReport(trace.filter((e) => e.name !== 'fp-done'))).toThrow('the trace has no "fp-done" mark');
  });
});
