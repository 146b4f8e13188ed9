/**
 * The crop rectangle's geometry, in image pixels of the image as shown (after rotation). Pure functions: no DOM.
 * `ratio` is width / height (4/3 is landscape), as the crop tools of the v2 era used it.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's crop options (PickerConfig.crop), in image pixels. */
export interface CropRules {
  ratio?: number;
  dim?: [number, number];
  max?: [number, number];
  min?: [number, number];
}

/** The rules resolved against one image size. */
export interface Limits {
  /** Width / height, when fixed by `cropRatio`. */
  ratio?: number;
  /** `cropDim`: the size cannot change, the rectangle can only move. */
  fixed: boolean;
  minWidth: number;
  minHeight: number;
  maxWidth: number;
  maxHeight: number;
}

/** A resize handle: a side (`n`, `e`, `s`, `w`) or a corner (`ne`, `se`, `sw`, `nw`). */
export type Handle = 'n' | 'e' | 's' | 'w' | 'ne' | 'se' | 'sw' | 'nw';

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/**
 * Resolves the rules for an image. `cropDim` larger than the image fills the image on that side; `cropMax` larger than
 * the image is not applied (the image is the limit); `cropMin` never exceeds the maximum.
 */
export function limitsFor(rules: CropRules | undefined, image: Size): Limits {
  const r = rules || {};
  const W = Math.max(1, image.width);
  const H = Math.max(1, image.height);
  if (r.dim) {
    const w = Math.max(1, Math.min(r.dim[0], W));
    const h = Math.max(1, Math.min(r.dim[1], H));
    return { fixed: true, minWidth: w, minHeight: h, maxWidth: w, maxHeight: h };
  }
  const maxWidth = r.max ? clamp(r.max[0], 1, W) : W;
  const maxHeight = r.max ? clamp(r.max[1], 1, H) : H;
  const minWidth = r.min ? clamp(r.min[0], 1, maxWidth) : 1;
  const minHeight = r.min ? clamp(r.min[1], 1, maxHeight) : 1;
  const out: Limits = { fixed: false, minWidth, minHeight, maxWidth, maxHeight };
  if (r.ratio !== undefined && r.ratio > 0 && isFinite(r.ratio)) out.ratio = r.ratio;
  return out;
}

/**
 * With a ratio, the widths allowed by min/max on both sides: [lo, hi]. When min and max cannot both hold at this
 * ratio, the maximum wins (the rectangle must fit in the image).
 */
export function widthRange(lim: Limits, ratio: number): [number, number] {
  const hi = Math.min(lim.maxWidth, lim.maxHeight * ratio);
  const lo = Math.max(lim.minWidth, lim.minHeight * ratio);
  return [Math.min(lo, hi), hi];
}

/** Moves the rectangle so it lies inside the image (it is never larger than the image). */
export function keepInside(rect: Rect, image: Size): Rect {
  const width = Math.min(rect.width, image.width);
  const height = Math.min(rect.height, image.height);
  return { x: clamp(rect.x, 0, image.width - width), y: clamp(rect.y, 0, image.height - height), width, height };
}

/** Whole pixels: the size is rounded (the height follows the width when a ratio is set), then kept inside. */
export function roundRect(rect: Rect, lim: Limits, image: Size): Rect {
  let width = Math.max(1, Math.round(rect.width));
  let height = Math.max(1, Math.round(rect.height));
  if (lim.ratio && !lim.fixed) {
    height = Math.max(1, Math.round(width / lim.ratio));
    if (height > image.height) {
      height = image.height;
      width = Math.max(1, Math.round(height * lim.ratio));
    }
  }
  return keepInside({ x: Math.round(rect.x), y: Math.round(rect.y), width: Math.min(width, image.width), height: Math.min(height, image.height) }, image);
}

/**
 * The nearest rectangle that obeys the limits, keeping the centre where it can: a ratio shrinks the longer side,
 * min/max clamp, a fixed size replaces the size; then it is moved inside the image.
 */
export function constrain(rect: Rect, lim: Limits, image: Size): Rect {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  let width: number;
  let height: number;
  if (lim.fixed) {
    width = lim.maxWidth;
    height = lim.maxHeight;
  } else if (lim.ratio) {
    const range = widthRange(lim, lim.ratio);
    width = clamp(Math.min(rect.width, rect.height * lim.ratio), range[0], range[1]);
    height = width / lim.ratio;
  } else {
    width = clamp(rect.width, lim.minWidth, lim.maxWidth);
    height = clamp(rect.height, lim.minHeight, lim.maxHeight);
  }
  return roundRect(keepInside({ x: cx - width / 2, y: cy - height / 2, width, height }, image), lim, image);
}

/** How far the first crop area stands in from each edge of the image, as a share of the image's side. */
export const CROP_INSET = 0.1;

/**
 * Where the crop starts: centred and inset from the image's edges (by CROP_INSET on each side) so every handle is inside
 * the image and can be grabbed; the largest rectangle the limits allow within that inset (a fixed cropDim keeps its
 * size, cropMin wins over the inset).
 */
export function initialCrop(lim: Limits, image: Size): Rect {
  let width = lim.maxWidth;
  let height = lim.maxHeight;
  if (!lim.fixed) {
    const capW = image.width * (1 - 2 * CROP_INSET);
    const capH = image.height * (1 - 2 * CROP_INSET);
    if (lim.ratio) {
      const range = widthRange(lim, lim.ratio);
      width = Math.max(range[0], Math.min(range[1], capW, capH * lim.ratio));
      height = width / lim.ratio;
    } else {
      width = Math.max(lim.minWidth, Math.min(width, capW));
      height = Math.max(lim.minHeight, Math.min(height, capH));
    }
  }
  return roundRect({ x: (image.width - width) / 2, y: (image.height - height) / 2, width, height }, lim, image);
}

/** Whether the whole image obeys the limits, so that keeping it uncropped is allowed. */
export function allowsWhole(lim: Limits, image: Size): boolean {
  if (lim.maxWidth < image.width || lim.maxHeight < image.height) return false;
  return !lim.ratio || Math.max(1, Math.round(image.width / lim.ratio)) === image.height;
}

/** Moves by (dx, dy) image pixels, stopping at the image's edges. */
export function moveRect(rect: Rect, dx: number, dy: number, image: Size): Rect {
  return keepInside({ x: Math.round(rect.x + dx), y: Math.round(rect.y + dy), width: rect.width, height: rect.height }, image);
}

/**
 * Drags a handle by (dx, dy) image pixels. The opposite side or corner stays put; a side handle with a ratio keeps the
 * centre of the other axis. Min/max, the ratio and the image's edges are honoured; a fixed size does not resize.
 */
export function resizeRect(rect: Rect, handle: Handle, dx: number, dy: number, lim: Limits, image: Size): Rect {
  if (lim.fixed) return rect;
  const east = handle.indexOf('e') >= 0;
  const west = handle.indexOf('w') >= 0;
  const south = handle.indexOf('s') >= 0;
  const north = handle.indexOf('n') >= 0;
  const horizontal = east || west;
  const vertical = north || south;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  // room from the anchor to the image's edge (both ways from the centre when that axis is not dragged)
  const roomW = east ? image.width - rect.x : west ? rect.x + rect.width : 2 * Math.min(cx, image.width - cx);
  const roomH = south ? image.height - rect.y : north ? rect.y + rect.height : 2 * Math.min(cy, image.height - cy);
  let width = rect.width + (east ? dx : west ? -dx : 0);
  let height = rect.height + (south ? dy : north ? -dy : 0);
  if (lim.ratio) {
    const r = lim.ratio;
    if (horizontal && vertical) {
      // a corner follows whichever axis the pointer moved more
      if (Math.abs(height * r - rect.width) > Math.abs(width - rect.width)) width = height * r;
    } else if (vertical) {
      width = height * r;
    }
    const range = widthRange(lim, r);
    const hi = Math.min(range[1], roomW, roomH * r);
    width = clamp(width, Math.min(range[0], hi), hi);
    height = width / r;
  } else {
    width = horizontal ? clamp(width, Math.min(lim.minWidth, roomW), Math.min(lim.maxWidth, roomW)) : rect.width;
    height = vertical ? clamp(height, Math.min(lim.minHeight, roomH), Math.min(lim.maxHeight, roomH)) : rect.height;
  }
  const x = east ? rect.x : west ? rect.x + rect.width - width : cx - width / 2;
  const y = south ? rect.y : north ? rect.y + rect.height - height : cy - height / 2;
  return roundRect(keepInside({ x, y, width, height }, image), lim, image);
}

/** Which handle (or the inside, `move`) a point in image pixels falls on; `grab` is the handle's reach in image pixels. */
export function hitTest(rect: Rect, px: number, py: number, grab: number, fixed: boolean): Handle | 'move' | null {
  const inX = px >= rect.x - grab && px <= rect.x + rect.width + grab;
  const inY = py >= rect.y - grab && py <= rect.y + rect.height + grab;
  if (!inX || !inY) return null;
  if (!fixed) {
    const n = Math.abs(py - rect.y) <= grab;
    const s = Math.abs(py - (rect.y + rect.height)) <= grab;
    const w = Math.abs(px - rect.x) <= grab;
    const e = Math.abs(px - (rect.x + rect.width)) <= grab;
    const v = n ? 'n' : s ? 's' : '';
    const h = e ? 'e' : w ? 'w' : '';
    if (v || h) return (v + h) as Handle;
  }
  return px >= rect.x && px <= rect.x + rect.width && py >= rect.y && py <= rect.y + rect.height ? 'move' : null;
}

/** Quarter turns normalized to 0..3 (1 = 90° clockwise). */
export function turns(quarterTurns: number): number {
  return ((quarterTurns % 4) + 4) % 4;
}

/** The size of an image after `quarterTurns` clockwise quarter turns. */
export function rotatedSize(size: Size, quarterTurns: number): Size {
  return turns(quarterTurns) % 2 ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

/**
 * Maps a rectangle of an image of `size` (as currently shown) through one quarter turn: `1` clockwise, `-1`
 * counter-clockwise. The result lies in the image of the rotated size.
 */
export function rotateRect(rect: Rect, size: Size, direction: 1 | -1): Rect {
  if (direction === 1) return { x: size.height - rect.y - rect.height, y: rect.x, width: rect.height, height: rect.width };
  return { x: rect.y, y: size.width - rect.x - rect.width, width: rect.height, height: rect.width };
}

/**
 * The canvas transform [a, b, c, d, e, f] that draws the original image (of `size`, unrotated) as it appears after
 * `quarterTurns` clockwise turns, scaled by `scale`, with the point (`offsetX`, `offsetY`) of the rotated image at the
 * canvas origin. Maps (x, y) to (a·x + c·y + e, b·x + d·y + f).
 */
export function drawTransform(size: Size, quarterTurns: number, scale: number, offsetX: number, offsetY: number): [number, number, number, number, number, number] {
  const s = scale;
  const ox = -offsetX * s;
  const oy = -offsetY * s;
  switch (turns(quarterTurns)) {
    case 1:
      // (x, y) -> (H - y, x)
      return [0, s, -s, 0, size.height * s + ox, oy];
    case 2:
      // (x, y) -> (W - x, H - y)
      return [-s, 0, 0, -s, size.width * s + ox, size.height * s + oy];
    case 3:
      // (x, y) -> (y, W - x)
      return [0, -s, s, 0, ox, size.width * s + oy];
    default:
      return [s, 0, 0, s, ox, oy];
  }
}

/** Whether the rectangle covers the whole image (nothing cut away). */
export function coversImage(rect: Rect, image: Size): boolean {
  return rect.x <= 0 && rect.y <= 0 && rect.width >= image.width && rect.height >= image.height;
}
