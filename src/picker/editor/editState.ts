import { allowsWhole, constrain, coversImage, CropRules, initialCrop, Limits, limitsFor, moveRect, Rect, resizeRect, rotatedSize, rotateRect, Size, turns } from './geometry';

export type FilterName = 'none' | 'blur' | 'sharpen';

/** Which tools the page offers (`conversions`). */
export interface Tools {
  crop: boolean;
  rotate: boolean;
  filter: boolean;
}

/** Everything the user chose for one image. Immutable: every change returns a new state. */
export interface EditState {
  /** The original image's size. */
  source: Size;
  /** Clockwise quarter turns, 0..3. */
  turns: number;
  filter: FilterName;
  /** In pixels of the image as shown (after rotation). The whole image when cropping is not offered. */
  crop: Rect;
  rules: CropRules | undefined;
  tools: Tools;
  /** `cropForce`: the image must be cropped, so the first crop area is the crop even when untouched. */
  forced: boolean;
  /** The user moved or resized the crop area. Until then it means "no crop" unless a crop is required. */
  cropTouched: boolean;
}

/** The tools of a `conversions` list (v2 default: crop only). */
export function toolsOf(conversions: string[] | undefined): Tools {
  const c = conversions && conversions.length ? conversions : ['crop'];
  return { crop: c.indexOf('crop') >= 0, rotate: c.indexOf('rotate') >= 0, filter: c.indexOf('filter') >= 0 };
}

/** The size of the image as shown. */
export function shownSize(s: EditState): Size {
  return rotatedSize(s.source, s.turns);
}

/** The crop limits for the image as shown; without the crop tool the crop is the whole image. */
export function limitsOf(s: { source: Size; turns: number; rules: CropRules | undefined; tools: Tools }): Limits {
  const size = rotatedSize(s.source, s.turns);
  if (!s.tools.crop) return { fixed: true, minWidth: size.width, minHeight: size.height, maxWidth: size.width, maxHeight: size.height };
  return limitsFor(s.rules, size);
}

export function createState(source: Size, rules: CropRules | undefined, tools: Tools, forced?: boolean): EditState {
  const base = { source, turns: 0, rules, tools };
  return { ...base, filter: 'none', crop: initialCrop(limitsOf(base), source), forced: !!forced, cropTouched: false };
}

/** A new crop area; it counts as touched once it differs from the one before. */
export function withCrop(s: EditState, crop: Rect): EditState {
  const same = crop.x === s.crop.x && crop.y === s.crop.y && crop.width === s.crop.width && crop.height === s.crop.height;
  return { ...s, crop, cropTouched: s.cropTouched || !same };
}

/**
 * Whether the image must be cropped: `cropForce`, or rules the whole image does not obey (a ratio it does not have, a
 * cropDim or cropMax smaller than it).
 */
export function cropRequired(s: EditState): boolean {
  return s.tools.crop && (s.forced || !allowsWhole(limitsOf(s), shownSize(s)));
}

/** The area Save keeps: the crop area once touched or when a crop is required, else the whole image as shown. */
export function outputCrop(s: EditState): Rect {
  if (s.cropTouched || cropRequired(s)) return s.crop;
  const size = shownSize(s);
  return { x: 0, y: 0, width: size.width, height: size.height };
}

/** One quarter turn (1 clockwise, -1 counter-clockwise); the crop turns with the image, then obeys the limits again. */
export function rotate(s: EditState, direction: 1 | -1): EditState {
  if (!s.tools.rotate) return s;
  const mapped = rotateRect(s.crop, shownSize(s), direction);
  const next = { ...s, turns: turns(s.turns + direction) };
  return { ...next, crop: constrain(mapped, limitsOf(next), shownSize(next)) };
}

export function setFilter(s: EditState, filter: FilterName): EditState {
  if (!s.tools.filter && filter !== 'none') return s;
  return { ...s, filter };
}

export function setCrop(s: EditState, crop: Rect): EditState {
  if (!s.tools.crop) return s;
  return withCrop(s, constrain(crop, limitsOf(s), shownSize(s)));
}

/** Keyboard step in image pixels: about 2% of the longer side, at least 1. */
export function keyStep(s: EditState): number {
  const size = shownSize(s);
  return Math.max(1, Math.round(Math.max(size.width, size.height) / 50));
}

/**
 * An arrow key on the crop area: moves it, or with Shift resizes it (right/down grow, left/up shrink, the top-left
 * corner stays). Returns null for keys it does not handle.
 */
export function keyCrop(s: EditState, key: string, shift: boolean): EditState | null {
  const d: { [k: string]: [number, number] } = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1], Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1] };
  const dir = Object.prototype.hasOwnProperty.call(d, key) ? d[key] : null;
  if (!dir || !s.tools.crop) return null;
  const step = keyStep(s);
  const size = shownSize(s);
  const lim = limitsOf(s);
  if (!shift) return withCrop(s, moveRect(s.crop, dir[0] * step, dir[1] * step, size));
  // the bottom-right corner: the top-left corner stays put, with or without a ratio
  return withCrop(s, resizeRect(s.crop, 'se', dir[0] * step, dir[1] * step, lim, size));
}

/** What the picked Blob reports, as v2 did: `cropped`, `rotated`, and `converted` when anything changed. */
export function changesOf(s: EditState): { cropped: boolean; rotated: boolean; converted: boolean } {
  const cropped = !coversImage(outputCrop(s), shownSize(s));
  const rotated = s.turns !== 0;
  return { cropped, rotated, converted: cropped || rotated || s.filter !== 'none' };
}
