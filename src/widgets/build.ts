import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { buildConvertWidget } from './convertWidget';
import { buildDragWidget } from './dragWidget';
import { buildExportWidget } from './exportWidget';
import { buildPickWidget } from './pickWidget';
import { buildPreview } from './previewWidget';
import { activateResponsive, updateImage } from './responsive';
import { apiOf, consoleError, PublicApi, stateOf, windowOf } from './state';
import { ensureStyles } from './styles';

const BUILT = '__fpWidgetBuilt';

/** Marks an element as built; false when it already was (each element is built once, however often the hooks run). */
function claim(el: Element): boolean {
  const holder = el as unknown as { [k: string]: unknown };
  if (holder[BUILT]) return false;
  Object.defineProperty(el, BUILT, { value: true, enumerable: false, configurable: true, writable: true });
  return true;
}

function typeAttr(el: Element): string {
  return (el.getAttribute('type') || '').toLowerCase();
}

/** Builds one element by its kind (v2 `constructWidget` order, plus the convert widget v2 forgot). */
function buildOne(ctx: LegacyContext, api: PublicApi, el: Element): void {
  const type = typeAttr(el);
  if (el.getAttribute('data-fp-src') && String(el.nodeName).toUpperCase() === 'IMG') {
    updateImage(ctx, el as HTMLImageElement);
    return;
  }
  if (!claim(el)) return;
  ensureStyles(el.ownerDocument as Document);
  if (type === 'filepicker') buildPickWidget(api, el as HTMLInputElement);
  else if (type === 'filepicker-dragdrop') buildDragWidget(ctx, api, el as HTMLInputElement);
  else if (type === 'filepicker-convert') buildConvertWidget(api, el as HTMLInputElement);
  else if (type === 'filepicker-preview') buildPreview(ctx, el);
  else buildExportWidget(api, el);
}

const SELECTORS = [
  'input[type="filepicker"]',
  'input[type="filepicker-dragdrop"]',
  'input[type="filepicker-convert"]',
  'button[data-fp-url]', 'a[data-fp-url]', 'input[type="button"][data-fp-url]',
  '[type="filepicker-preview"][data-fp-url]',
];

/** v2 `buildWidgets`: every widget of the page, in v2's order. A widget that fails is reported and the others are still built. */
export function buildWidgets(ctx: LegacyContext): void {
  const doc = windowOf(ctx).document;
  if (!doc.querySelectorAll) return;
  const api = apiOf(ctx);
  for (let s = 0; s < SELECTORS.length; s++) {
    const found = doc.querySelectorAll(SELECTORS[s]);
    for (let i = 0; i < found.length; i++) {
      try {
        buildOne(ctx, api, found[i]);
      } catch (e) {
        consoleError(String(e));
      }
    }
  }
}

/** `filepicker.constructWidget(elementOrJQuery)`. */
export function constructWidget(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  let el = args[0] as any;
  if (el && el.jquery) el = el[0];
  if (!el || typeof el.getAttribute !== 'function') {
    throw new FilepickerException('filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got ' + (el === null ? 'null' : typeof el));
  }
  buildOne(ctx, apiOf(ctx), el as Element);
}

/**
 * Runs the on-load hooks (widgets, then responsive images) on `DOMContentLoaded` and on `load`, and at once when the
 * document is already parsed (a script injected late: v2 then never built anything).
 */
export function startWidgets(api: any, ctx: LegacyContext, win: Window): void {
  const s = stateOf(ctx);
  s.api = api as PublicApi;
  s.win = win;
  const run = (): void => {
    try {
      buildWidgets(ctx);
    } catch (e) {
      consoleError(String(e));
    }
    try {
      activateResponsive(ctx);
    } catch (e) {
      consoleError(String(e));
    }
  };
  const doc = win.document;
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', run, false);
  } else {
    run();
  }
  if (doc.readyState !== 'complete') win.addEventListener('load', run, false);
}
