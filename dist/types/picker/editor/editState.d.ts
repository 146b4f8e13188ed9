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
    /** `cropForce`: the image must be cropped, so the first crop area is the crop even when untouched. */
    forced: boolean;
    /** The user moved or resized the crop area. Until then it means "no crop" unless a crop is required. */
    cropTouched: boolean;
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
export declare function createState(source: Size, rules: CropRules | undefined, tools: Tools, forced?: boolean): EditState;
/** A new crop area; it counts as touched once it differs from the one before. */
export declare function withCrop(s: EditState, crop: Rect): EditState;
/**
 * Whether the image must be cropped: `cropForce`, or rules the whole image does not obey (a ratio it does not have, a
 * cropDim or cropMax smaller than it).
 */
export declare function cropRequired(s: EditState): boolean;
/** The area Save keeps: the crop area once touched or when a crop is required, else the whole image as shown. */
export declare function outputCrop(s: EditState): Rect;
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
