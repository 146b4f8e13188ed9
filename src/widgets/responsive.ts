import { LegacyContext } from '../legacy/context';
import { checkResponsive } from './checks';
import { consoleError, stateOf, windowOf } from './state';

/**
 * Responsive images: every `img[data-fp-src]` gets
 * `<process>/<apikey>/resize=width:<w rounded up to pixelRound>[/security=signature:<s>,policy:<p>]/<original url>`,
 * re-computed on window `resize` (debounced 200 ms). Per image: `data-fp-apikey`, `data-fp-pixel-round`,
 * `data-fp-on-resize` (`all`, `up`, `down`, `none`), `data-fp-signature`, `data-fp-policy`.
 * Without any key v2 threw inside the page's load handler; here the image is left alone and one console error
 * names `setKey` and `data-fp-apikey`.
 */
const RESIZE_DEBOUNCE_MS = 200;

function fpAttr(img: Element, name: string): string | null {
  return img.getAttribute('data-fp-' + name);
}

function windowWidth(doc: Document): number {
  return (doc.documentElement && doc.documentElement.clientWidth) || (doc.body && doc.body.clientWidth) || 1024;
}

/** The width the image is shown at: its own, else (or when it has alt text, which sizes it before it loads) its parent's, up the tree. */
export function displayWidth(img: HTMLElement): number {
  const doc = img.ownerDocument as Document;
  let node: HTMLElement | null = img;
  let first = true;
  while (node) {
    const skip = first && !!(node as HTMLImageElement).alt;
    if (!skip && node.offsetWidth) return node.offsetWidth;
    first = false;
    node = node.parentNode && (node.parentNode as Node).nodeType === 1 ? (node.parentNode as HTMLElement) : null;
  }
  return windowWidth(doc);
}

export function roundUp(value: number, step: number): number {
  const s = step > 0 ? step : 1;
  return Math.ceil(value / s) * s;
}

/** The width in a `resize=width:N` URL, or undefined. */
function currentWidth(src: string | null): number | undefined {
  const m = src ? /\/resize=(?:[^/]*,)?width:(\d+)/.exec(src) : null;
  return m ? Number(m[1]) : undefined;
}

function shouldUpdate(ctx: LegacyContext, img: HTMLImageElement): boolean {
  const src = img.getAttribute('src');
  const mode = fpAttr(img, 'on-resize') || stateOf(ctx).responsiveOptions.onResize || 'all';
  if (!src || mode === 'all') return true;
  if (mode === 'none') return false;
  const cur = currentWidth(src);
  const bigger = cur === undefined || cur < displayWidth(img);
  return (bigger && mode === 'up') || (!bigger && mode === 'down');
}

/** The resize URL for one image, or null when there is no API key. */
export function resizeUrl(ctx: LegacyContext, img: HTMLImageElement): string | null {
  const opts = stateOf(ctx).responsiveOptions;
  const original = fpAttr(img, 'src') || img.getAttribute('src') || '';
  const own = fpAttr(img, 'apikey');
  if (!ctx.getKey() && own) ctx.setKey(own);
  const key = own || ctx.getKey();
  if (!key) return null;
  const roundAttr = fpAttr(img, 'pixel-round');
  const round = Number(roundAttr || opts.pixelRound || 10);
  let url = ctx.hosts.process + '/' + key + '/resize=width:' + roundUp(displayWidth(img), isFinite(round) ? round : 10);
  const signature = opts.signature || fpAttr(img, 'signature');
  if (signature) url += '/security=signature:' + String(signature) + ',policy:' + String(opts.policy || fpAttr(img, 'policy'));
  return url + '/' + original;
}

/** Points one image at its resize URL; if that fails to load, the previous source comes back. */
export function updateImage(ctx: LegacyContext, img: HTMLImageElement): void {
  const url = resizeUrl(ctx, img);
  if (!url) {
    const s = stateOf(ctx);
    if (!s.keyErrorShown) {
      s.keyErrorShown = true;
      consoleError('filepicker: responsive images need an API key: call `filepicker.setKey(key)` or give the image a `data-fp-apikey` attribute');
    }
    return;
  }
  const previous = img.getAttribute('src') || fpAttr(img, 'src');
  if (previous === url) return;
  img.setAttribute('src', url);
  if (previous) {
    const restore = (): void => {
      img.removeEventListener('error', restore, false);
      img.setAttribute('src', previous);
    };
    img.addEventListener('error', restore, false);
    img.addEventListener('load', function loaded() {
      img.removeEventListener('load', loaded, false);
      img.removeEventListener('error', restore, false);
    }, false);
  }
}

/** Every `img[data-fp-src]` of the page (all of them with `force`, else those their `on-resize` rule allows). */
export function updateAll(ctx: LegacyContext, force: boolean): void {
  const imgs = windowOf(ctx).document.querySelectorAll('img[data-fp-src]');
  for (let i = 0; i < imgs.length; i++) {
    const img = imgs[i] as HTMLImageElement;
    if (force || shouldUpdate(ctx, img)) updateImage(ctx, img);
  }
}

/** The on-load hook: update all images and follow window resizes (once per page). */
export function activateResponsive(ctx: LegacyContext): void {
  updateAll(ctx, false);
  const s = stateOf(ctx);
  if (s.resizeHooked) return;
  s.resizeHooked = true;
  const win = windowOf(ctx);
  let timer: ReturnType<typeof setTimeout> | undefined;
  win.addEventListener('resize', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      updateAll(ctx, false);
    }, RESIZE_DEBOUNCE_MS);
  }, false);
}

/** `filepicker.responsive(img?)`. */
export function responsive(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  if (args.length === 0 || args[0] === undefined) {
    updateAll(ctx, true);
    return;
  }
  checkResponsive(args);
  updateImage(ctx, args[0] as HTMLImageElement);
}
