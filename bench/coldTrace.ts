/**
 * Where a cold first pick's time goes, from a Chromium trace of one round of bench/coldPick.ts (FP_COLD_TRACE=1):
 * when the dialog part's requests went out and came back, and what the page's main thread did between the `pick()`
 * call and the painted frame. The page marks `fp-pick` and `fp-painted` (User Timing). Not a test.
 */

/** The trace categories the breakdown reads. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; requestId?: string } };
}

/** Milliseconds from the pick; durations in ms. */
export interface ColdBreakdown {
  /** The main script's evaluation (start, length). */
  mainScript: [number, number];
  /** Per part file: request sent, response finished. */
  parts: { [file: string]: [number, number] };
  /** Main-thread time evaluating the parts (their code, then the dialog built in the promise callbacks it runs). */
  partScripts: number;
  /** Style recalculation and layout (forced by the focus, or in the frame), and paint, up to the painted frame. */
  style: number;
  layout: number;
  paint: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The breakdown of one round's trace (the JSON Chromium gives to `browser.stopTracing()`). */
export function coldBreakdown(json: string): ColdBreakdown {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents || [];
  const mark = (name: string): TraceEvent => {
    const e = events.find((x) => x.name === name);
    if (!e) throw new Error('the trace has no "' + name + '" mark');
    return e;
  };
  const pick = mark('fp-pick');
  const end = mark('fp-painted').ts;
  const ms = (ts: number): number => round1((ts - pick.ts) / 1000);
  const fileOf = (url: string | undefined): string => (url || '').replace(/[?#].*$/, '').split('/').pop() || '';
  const main = events.filter((e) => e.pid === pick.pid && e.tid === pick.tid && e.ph === 'X');
  const sum = (name: string, from: number): number =>
    round1(main.filter((e) => e.name === name && e.ts >= from && e.ts <= end).reduce((t, e) => t + (e.dur || 0), 0) / 1000);
  const out: ColdBreakdown = { mainScript: [0, 0], parts: {}, partScripts: 0, style: 0, layout: 0, paint: 0 };
  const ids: { [id: string]: string } = {};
  for (const e of events) {
    const d = e.args && e.args.data;
    if (!d) continue;
    if (e.name === 'ResourceSendRequest' && d.requestId && /\/chunks\//.test(d.url || '')) {
      ids[d.requestId] = fileOf(d.url);
      out.parts[ids[d.requestId]] = [ms(e.ts), NaN];
    } else if (e.name === 'ResourceFinish' && d.requestId && ids[d.requestId]) {
      out.parts[ids[d.requestId]][1] = ms(e.ts);
    } else if (e.name === 'EvaluateScript' && e.pid === pick.pid && e.tid === pick.tid && /filepicker\.min\.js$/.test(d.url || '')) {
      out.mainScript = [ms(e.ts), round1((e.dur || 0) / 1000)];
    }
  }
  const firstPart = main.filter((e) => e.name === 'EvaluateScript' && e.args && e.args.data && /\/chunks\//.test(e.args.data.url || ''));
  out.partScripts = round1(firstPart.filter((e) => e.ts <= end).reduce((t, e) => t + (e.dur || 0), 0) / 1000);
  out.style = sum('UpdateLayoutTree', pick.ts);
  out.layout = sum('Layout', pick.ts);
  out.paint = round1(sum('Paint', pick.ts) + sum('Commit', pick.ts));
  return out;
}
