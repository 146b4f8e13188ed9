import { LegacyContext } from '../legacy/context';
import { watchPage } from './hooks';
import { checkConstructWidget, WIDGET_SELECTORS as SELECTORS } from './checks';
import { buildConvertWidget } from './convertWidget';
import { buildDragWidget } from './dragWidget';
import { buildExportWidget } from './exportWidget';
import { buildPickWidget } from './pickWidget';
import { buildPreview } from './previewWidget';
import { activateResponsive, updateImage } from './responsive';
import { buildingFrom } from './building';
import { snapshotOf, WidgetSnapshot } from './snapshot';
import { consoleError, windowOf } from './state';
import { ensureStyles } from '../export/pageStyles';

const BUILT = '__fpWidgetBuilt';

/** Marks an element as built; false when it already was (each element is built once, however often the hooks run). */
function claim(el: Element): boolean {
  const holder = el as unknown as { [k: string]: unknown };
  if (holder[BUILT]) return false;
  Object.defineProperty(el, BUILT, { value: true, enumerable: false, configurable: true, writable: true });
  return true;
}

/**
 * Builds one element by its kind (v2 `constructWidget` order, plus the convert widget v2 forgot), from its `type` and
 * `data-fp-*` attributes as `snapshot` holds them (taken when `constructWidget` was called; now, for the page hooks).
 */
function buildOne(ctx: LegacyContext, el: Element, snapshot: WidgetSnapshot): void {
  const type = snapshot.type;
  if (snapshot.attrs['data-fp-src'] && String(el.nodeName).toUpperCase() === 'IMG') {
    updateImage(ctx, el as HTMLImageElement);
    return;
  }
  if (!claim(el)) return;
  ensureStyles(el.ownerDocument as Document);
  buildingFrom(el, snapshot, () => {
    if (type === 'filepicker') buildPickWidget(ctx, el as HTMLInputElement);
    else if (type === 'filepicker-dragdrop') buildDragWidget(ctx, el as HTMLInputElement);
    else if (type === 'filepicker-convert') buildConvertWidget(ctx, el as HTMLInputElement);
    else if (type === 'filepicker-preview') buildPreview(ctx, el);
    else buildExportWidget(ctx, el);
  });
}


/** v2 `buildWidgets`: every widget of the page, in v2's order. A widget that fails is reported and the others are still built. */
export function buildWidgets(ctx: LegacyContext): void {
  const doc = windowOf(ctx).document;
  if (!doc.querySelectorAll) return;
  for (let s = 0; s < SELECTORS.length; s++) {
    const found = doc.querySelectorAll(SELECTORS[s]);
    for (let i = 0; i < found.length; i++) {
      try {
        buildOne(ctx, found[i], snapshotOf(found[i]));
      } catch (e) {
        consoleError(String(e));
      }
    }
  }
}

/**
 * `filepicker.constructWidget(elementOrJQuery)`; `snapshot` is the element's reading taken when the page called it
 * (the main bundle takes it before this part is loaded), else it is read now.
 */
export function constructWidget(ctx: LegacyContext, args: ArrayLike<unknown>, snapshot?: WidgetSnapshot): void {
  const el = checkConstructWidget(args);
  buildOne(ctx, el, snapshot || snapshotOf(el));
}

/** The on-load hooks: every widget, then the responsive images (each reported, not thrown, when it fails). */
export function runHooks(ctx: LegacyContext): void {
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
}

/** Runs the on-load hooks at the times of hooks.ts `watchPage` (the whole widgets code at hand: unit tests). */
export function startWidgets(ctx: LegacyContext, win: Window): void {
  watchPage(ctx, win, () => runHooks(ctx));
}
