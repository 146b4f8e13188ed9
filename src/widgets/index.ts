/**
 * The widget members as the main bundle has them. The widgets, the drop pane and the responsive images are the
 * on-demand `widgets` chunk (chunk.ts), loaded on `DOMContentLoaded`/`load` only when the page has widget elements
 * or `img[data-fp-src]`, or when a widget member is called. Each member runs v2's
 * synchronous checks (and gives v2's return value) first.
 */
import { Member } from '../legacy/api';
import { LegacyContext } from '../legacy/context';
import { argsOf, onDemand } from '../legacy/onDemand';
import { canDragDrop, checkConstructWidget, checkDropPane, checkResponsive, setResponsiveOptions, WIDGET_SELECTORS } from './checks';
import { watchPage } from './hooks';
import { snapshotOf } from './snapshot';
import { consoleError, windowOf } from './state';

const useWidgets = onDemand('widgets', () => import(/* webpackChunkName: "widgets" */ './chunk'));

const IMAGES = 'img[data-fp-src]';

function hasWidgets(doc: Document): boolean {
  if (!doc.querySelector) return false;
  for (let i = 0; i < WIDGET_SELECTORS.length; i++) if (doc.querySelector(WIDGET_SELECTORS[i])) return true;
  return !!doc.querySelector(IMAGES);
}

/**
 * The on-load hooks (widgets, then responsive images) at v2's times (hooks.ts), loading the widgets chunk only for a
 * page that has something to build. Responsive images added later follow window resizes, as before.
 */
export function startWidgets(ctx: LegacyContext, win: Window): void {
  let loaded = false;
  watchPage(ctx, win, function () {
    if (loaded || hasWidgets(win.document)) {
      loaded = true;
      useWidgets(function (m) { m.runHooks(ctx); });
    }
  });
  const onResize = function (): void {
    if (!loaded && !(win.document.querySelector && win.document.querySelector(IMAGES))) return;
    win.removeEventListener('resize', onResize, false);
    if (loaded) return; // the chunk's own resize hook is in place
    loaded = true;
    useWidgets(function (m) { m.activateResponsive(ctx); });
  };
  win.addEventListener('resize', onResize, false);
}

/** The v2 members implemented by src/widgets, for `installLegacyApi(target, ctx, ext)` (src/export has its own). */
export const widgetMembers: { [name: string]: Member } = {
  setResponsiveOptions: (ctx, args) => setResponsiveOptions(ctx, args),
  constructWidget(ctx, args) {
    const el = checkConstructWidget(args);
    // v2 built the widget at once: what it is built from is read now, before the widgets part is in
    const snapshot = snapshotOf(el);
    useWidgets(function (m) { m.constructWidget(ctx, [el], snapshot); });
    return undefined;
  },
  makeDropPane(ctx, args) {
    const el = checkDropPane(args);
    if (!canDragDrop(windowOf(ctx))) {
      consoleError("Your browser doesn't support drag-drop functionality");
      return false;
    }
    const copy = argsOf(args);
    // Until the pane is wired, a drop on it is ignored rather than opened by the browser (which would leave the page).
    const hold = function (e: Event): void { e.preventDefault(); };
    el.addEventListener('dragover', hold, false);
    el.addEventListener('drop', hold, false);
    useWidgets(function (m) {
      el.removeEventListener('dragover', hold, false);
      el.removeEventListener('drop', hold, false);
      m.makeDropPane(ctx, copy);
    });
    return true;
  },
  responsive(ctx, args) {
    checkResponsive(args);
    const copy = argsOf(args);
    useWidgets(function (m) { m.responsive(ctx, copy); });
    return undefined;
  },
};
