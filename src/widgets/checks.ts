/**
 * The synchronous part of the widget members, in the main bundle: v2's argument checks and exception texts,
 * `makeDropPane`'s drag-and-drop test (its return value), and `setResponsiveOptions` (it only stores its object).
 * The widgets themselves are the on-demand `widgets` chunk (chunk.ts).
 */
import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { stateOf } from './state';
import { describeValue } from '../core/describe';
import { textOf } from '../core/wellFormed';

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
  let el = args[0] as { jquery?: unknown; 0?: unknown; getAttribute?: unknown; attributes?: unknown } | null | undefined;
  if (el && el.jquery) el = el[0] as typeof el;
  if (!el || typeof el.getAttribute !== 'function' || !el.attributes || typeof (el.attributes as { length?: unknown }).length !== 'number') {
    throw new FilepickerException('filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got ' + (el === null ? 'null' : typeof el));
  }
  return el as unknown as Element;
}

/** The drop pane's list options: a string, a comma list or an array of them, each item text (src/widgets/dropFilter.ts). */
const DROP_LISTS = ['mimetype', 'mimetypes', 'extension', 'extensions'];
/** The drop pane's numeric options (read with `Number`). */
const DROP_NUMBERS = ['maxSize', 'maxFiles'];

/**
 * makeDropPane's options, checked when it is called: the drop pane reads its lists as text and its limits as numbers
 * once the widgets part is in, where a value with no text or number form (`Object.create(null)`, a throwing
 * `toString`/`valueOf`) could only fail out of sight. It throws a FilepickerException naming the option instead.
 */
function checkDropOptions(options: unknown): void {
  if (!options || typeof options !== 'object') return;
  const o = options as { [k: string]: unknown };
  for (let i = 0; i < DROP_LISTS.length; i++) {
    const v = o[DROP_LISTS[i]];
    const items = Object.prototype.toString.call(v) === '[object Array]' ? (v as unknown[]) : [v];
    for (let j = 0; j < items.length; j++) {
      if (items[j] != null && textOf(items[j]) === undefined) throw new FilepickerException('filepicker: `makeDropPane` option `' + DROP_LISTS[i] + '` must be text or a list of texts, got ' + describeValue(items[j]));
    }
  }
  for (let i = 0; i < DROP_NUMBERS.length; i++) {
    const v = o[DROP_NUMBERS[i]];
    if (v != null && !numberable(v)) throw new FilepickerException('filepicker: `makeDropPane` option `' + DROP_NUMBERS[i] + '` must be a number, got ' + describeValue(v));
  }
}

/** Whether `Number(v)` gives an answer (it throws for a Symbol and for objects whose valueOf/toString throw). */
function numberable(v: unknown): boolean {
  try {
    Number(v);
    return true;
  } catch (_e) {
    return false;
  }
}

/** `makeDropPane(divOrJQuery, options)`: the element, or v2's exception. */
export function checkDropPane(args: ArrayLike<unknown>): HTMLElement {
  let div = args[0] as { jquery?: unknown; length?: unknown; 0?: unknown; addEventListener?: unknown; setAttribute?: unknown } | null | undefined;
  const missing = 'No DOM element found to create drop pane';
  if (!div) throw new FilepickerException(missing);
  if (div.jquery) {
    if (!div.length) throw new FilepickerException(missing);
    div = div[0] as typeof div;
  }
  if (!div || typeof div.addEventListener !== 'function' || typeof div.setAttribute !== 'function') throw new FilepickerException(missing);
  checkDropOptions(args[1]);
  return div as unknown as HTMLElement;
}

/** `responsive(img?)`: throws v2's text for anything but nothing or an `<img>`. */
export function checkResponsive(args: ArrayLike<unknown>): void {
  if (args.length === 0 || args[0] === undefined) return;
  const el = args[0] as { nodeName?: unknown };
  // the node name is read as text only when it is one: an object standing in for an element is not an image
  if (!el || typeof el !== 'object' || typeof el.nodeName !== 'string' || el.nodeName.toUpperCase() !== 'IMG') throw new FilepickerException('Passed object is not an image');
}

/** `filepicker.setResponsiveOptions(obj)`. */
export function setResponsiveOptions(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  const options = args[0] || {};
  if (typeof options !== 'object') throw new FilepickerException('Responsive options must be an object.');
  stateOf(ctx).responsiveOptions = options as ReturnType<typeof stateOf>['responsiveOptions'];
}
