import { asNumber, fail, toNumberInRange, toPair, toStrictPair, toStringList, trim } from '../coerce';
import { Draft, Row, warn } from '../draft';
import { toFlag } from '../lenient';
import { V2ImageOptions } from '../types';

const CONVERSIONS = ['crop', 'rotate', 'filter'];

/** `4/3` usually arrives already divided; a widget sends `"1.333"`, `"4/3"` or, as a screen ratio, `"16:9"`: all accepted. */
export function toRatio(name: string, value: unknown): number {
  if (typeof value === 'string') {
    const m = /^\s*([^/:]+)[/:]([^/:]+)$/.exec(value);
    if (m) {
      const a = asNumber(trim(m[1]));
      const b = asNumber(trim(m[2]));
      if (a !== undefined && b !== undefined && a > 0 && b > 0) return a / b;
      return fail(name, 'a number greater than 0 (like 4/3, "16:9" or 1.5)', value);
    }
  }
  const n = asNumber(value);
  if (n === undefined || n <= 0) return fail(name, 'a number greater than 0 (like 4/3, "16:9" or 1.5)', value);
  return n;
}

/** v2 kept the names it knew (`crop`, `rotate`, `filter`) and dropped the others: so does this, with one warning. */
function toConversions(name: string, value: unknown, d: Draft): string[] {
  const list = toStringList(name, value);
  const out: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i].toLowerCase();
    if (CONVERSIONS.indexOf(c) < 0) dropped.push(list[i]);
    else if (out.indexOf(c) < 0) out.push(c);
  }
  if (dropped.length) warn(d, name, 'filepicker: `' + name + '` takes "crop", "rotate" and "filter"; left out: ' + dropped.join(', '));
  return out;
}

/**
 * 0 to 100, as v2 documented it. v2 sent `iq` only when truthy, so 0 meant "no compression": it is accepted
 * and leaves the quality unset (with a warning), rather than breaking a page that passes it.
 */
function applyQuality(value: unknown, d: Draft, name: string): void {
  const q = toNumberInRange(name, value, 0, 100);
  if (q === 0) warn(d, name, 'filepicker: `' + name + '` 0 means no compression (as in v2); use 1 to 100 to compress');
  else d.image.quality = q;
}

/** Client-side image resizing and the crop UI (v2's `image*` and `crop*` options). */
export const IMAGE_ROWS: { [K in keyof Required<V2ImageOptions>]: Row } = {
  imageQuality: { apply: applyQuality },
  imageDim: { apply: (v, d, n) => (d.image.dim = toPair(n, v, 'one')) },
  imageMax: { apply: (v, d, n) => (d.image.max = toPair(n, v, 'none')) },
  imageMin: { apply: (v, d, n) => (d.image.min = toPair(n, v, 'none')) },
  cropRatio: { apply: (v, d, n) => (d.crop.ratio = toRatio(n, v)) },
  cropDim: { apply: (v, d, n) => (d.crop.dim = toStrictPair(n, v)) },
  cropMax: { apply: (v, d, n) => (d.crop.max = toStrictPair(n, v)) },
  cropMin: { apply: (v, d, n) => (d.crop.min = toStrictPair(n, v)) },
  cropForce: { apply: (v, d, n) => (d.crop.force = toFlag(n, v, d)) },
  conversions: { apply: (v, d, n) => (d.config.conversions = toConversions(n, v, d)) },
};
