import { CropRules, Limits, Rect, Size } from './geometry';
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
}
/** The tools of a `conversions` list (v2 default: crop only). */
export declare function toolsOf(conversions: string[] | undefined): Tools;
/** The size of the image as shown. */
export declare function shownSize(s: EditState): Size;
/** The crop limits for the image as shown; without the crop tool the crop is the whole image. */
export declare function limitsOf(s: {
    source: Size;
    turns: number;
    rules: CropRules | undefined;
    tools: Tools;
}): Limits;
export declare function createState(source: Size, rules: CropRules | undefined, tools: Tools): EditState;
/** One quarter turn (1 clockwise, -1 counter-clockwise); the crop turns with the image, then obeys the limits again. */
export declare function rotate(s: EditState, direction: 1 | -1): EditState;
export declare function setFilter(s: EditState, filter: FilterName): EditState;
export declare function setCrop(s: EditState, crop: Rect): EditState;
/** Keyboard step in image pixels: about 2% of the longer side, at least 1. */
export declare function keyStep(s: EditState): number;
/**
 * An arrow key on the crop area: moves it, or with Shift resizes it (right/down grow, left/up shrink, the top-left
 * corner stays). Returns null for keys it does not handle.
 */
export declare function keyCrop(s: EditState, key: string, shift: boolean): EditState | null;
/** What the picked Blob reports, as v2 did: `cropped`, `rotated`, and `converted` when anything changed. */
export declare function changesOf(s: EditState): {
    cropped: boolean;
    rotated: boolean;
    converted: boolean;
};
