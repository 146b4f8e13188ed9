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
/**
 * Resolves the rules for an image. `cropDim` larger than the image fills the image on that side; `cropMax` larger than
 * the image is not applied (the image is the limit); `cropMin` never exceeds the maximum.
 */
export declare function limitsFor(rules: CropRules | undefined, image: Size): Limits;
/**
 * With a ratio, the widths allowed by min/max on both sides: [lo, hi]. When min and max cannot both hold at this
 * ratio, the maximum wins (the rectangle must fit in the image).
 */
export declare function widthRange(lim: Limits, ratio: number): [number, number];
/** Moves the rectangle so it lies inside the image (it is never larger than the image). */
export declare function keepInside(rect: Rect, image: Size): Rect;
/** Whole pixels: the size is rounded (the height follows the width when a ratio is set), then kept inside. */
export declare function roundRect(rect: Rect, lim: Limits, image: Size): Rect;
/**
 * The nearest rectangle that obeys the limits, keeping the centre where it can: a ratio shrinks the longer side,
 * min/max clamp, a fixed size replaces the size; then it is moved inside the image.
 */
export declare function constrain(rect: Rect, lim: Limits, image: Size): Rect;
/** How far the first crop area stands in from each edge of the image, as a share of the image's side. */
export declare const CROP_INSET = 0.1;
/**
 * Where the crop starts: centred and inset from the image's edges (by CROP_INSET on each side) so every handle is inside
 * the image and can be grabbed; the largest rectangle the limits allow within that inset (a fixed cropDim keeps its
 * size, cropMin wins over the inset).
 */
export declare function initialCrop(lim: Limits, image: Size): Rect;
/** Whether the whole image obeys the limits, so that keeping it uncropped is allowed. */
export declare function allowsWhole(lim: Limits, image: Size): boolean;
/** Moves by (dx, dy) image pixels, stopping at the image's edges. */
export declare function moveRect(rect: Rect, dx: number, dy: number, image: Size): Rect;
/**
 * Drags a handle by (dx, dy) image pixels. The opposite side or corner stays put; a side handle with a ratio keeps the
 * centre of the other axis. Min/max, the ratio and the image's edges are honoured; a fixed size does not resize.
 */
export declare function resizeRect(rect: Rect, handle: Handle, dx: number, dy: number, lim: Limits, image: Size): Rect;
/** Which handle (or the inside, `move`) a point in image pixels falls on; `grab` is the handle's reach in image pixels. */
export declare function hitTest(rect: Rect, px: number, py: number, grab: number, fixed: boolean): Handle | 'move' | null;
/** Quarter turns normalized to 0..3 (1 = 90° clockwise). */
export declare function turns(quarterTurns: number): number;
/** The size of an image after `quarterTurns` clockwise quarter turns. */
export declare function rotatedSize(size: Size, quarterTurns: number): Size;
/**
 * Maps a rectangle of an image of `size` (as currently shown) through one quarter turn: `1` clockwise, `-1`
 * counter-clockwise. The result lies in the image of the rotated size.
 */
export declare function rotateRect(rect: Rect, size: Size, direction: 1 | -1): Rect;
/**
 * The canvas transform [a, b, c, d, e, f] that draws the original image (of `size`, unrotated) as it appears after
 * `quarterTurns` clockwise turns, scaled by `scale`, with the point (`offsetX`, `offsetY`) of the rotated image at the
 * canvas origin. Maps (x, y) to (a·x + c·y + e, b·x + d·y + f).
 */
export declare function drawTransform(size: Size, quarterTurns: number, scale: number, offsetX: number, offsetY: number): [number, number, number, number, number, number];
/** Whether the rectangle covers the whole image (nothing cut away). */
export declare function coversImage(rect: Rect, image: Size): boolean;
