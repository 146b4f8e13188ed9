import { LegacyContext } from '../legacy/context';
import { PublicApi, stateOf } from './state';

/**
 * Records the page's window and API for the widgets, then runs `run` (the on-load hooks: widgets, then responsive
 * images) on `DOMContentLoaded` and on `load`, and at once when the document is already parsed (a script injected
 * late: v2 then never built anything).
 */
export function watchPage(api: unknown, ctx: LegacyContext, win: Window, run: () => void): void {
  const s = stateOf(ctx);
  s.api = api as PublicApi;
  s.win = win;
  const doc = win.document;
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', run, false);
  } else {
    run();
  }
  if (doc.readyState !== 'complete') win.addEventListener('load', run, false);
}
