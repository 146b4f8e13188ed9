/**
 * The synchronous part of the widget members, in the main bundle: v2's argument checks and exception texts,
 * `makeDropPane`'s drag-and-drop test (its return value), and `setResponsiveOptions` (it only stores its object).
 * The widgets themselves are the on-demand `widgets` chunk (chunk.ts).
 */
import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { stateOf } from './state';

/** The elements v2 built widgets for, in v2's order. */
export const WIDGET_SELECTORS = [
  'input[type="filepicker"]',
  'input[type="filepicker-dragdrop"]',
  'input[type="filepicker-convert"]',
  'button[data-fp-url]', 'a[data-fp-url]', 'input[type="button"][data-fp-url]',
  '[type="filepicker-preview"][data-fp-url]',
];

/** v2's test: a FileReader (or Safari) and the HTML5 `draggable` attribute. */
export function canDragDrop(win: Window): boolean {
  const w = win as unknown as { FileReader?: unknown; navigator: Navigator };
  const ua = (w.navigator && w.navigator.userAgent) || '';
  return (!!w.FileReader || ua.indexOf('Safari') >= 0) && 'draggable' in win.document.createElement('span');
}

/** `constructWidget(elementOrJQuery)`: the element, or v2's exception. */
export function checkConstructWidget(args: ArrayLike<unknown>): Element {
  let el = args[0] as any;
  if (el && el.jquery) el = el[0];
  if (!el || typeof el.getAttribute !== 'function') {
    throw new FilepickerException('filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got ' + (el === null ? 'null' : typeof el));
  }
  return el as Element;
}

/** `makeDropPane(divOrJQuery, options)`: the element, or v2's exception. */
export function checkDropPane(args: ArrayLike<unknown>): HTMLElement {
  let div = args[0] as any;
  const missing = 'No DOM element found to create drop pane';
  if (!div) throw new FilepickerException(missing);
  if (div.jquery) {
    if (!div.length) throw new FilepickerException(missing);
    div = div[0];
  }
  if (typeof div.addEventListener !== 'function' || typeof div.setAttribute !== 'function') throw new FilepickerException(missing);
  return div as HTMLElement;
}

/** `responsive(img?)`: throws v2's text for anything but nothing or an `<img>`. */
export function checkResponsive(args: ArrayLike<unknown>): void {
  if (args.length === 0 || args[0] === undefined) return;
  const el = args[0] as { nodeName?: string };
  if (!el || typeof el !== 'object' || String(el.nodeName).toUpperCase() !== 'IMG') throw new FilepickerException('Passed object is not an image');
}

/** `filepicker.setResponsiveOptions(obj)`. */
export function setResponsiveOptions(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  const options = args[0] || {};
  if (typeof options !== 'object') throw new FilepickerException('Responsive options must be an object.');
  stateOf(ctx).responsiveOptions = options as { [k: string]: any };
}
