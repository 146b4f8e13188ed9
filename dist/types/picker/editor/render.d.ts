import { UploadSource } from '../../core/contracts';
import { EditState } from './editState';
import { Rect, Size } from './geometry';
import { Decoded } from '../imageDecode';
/** Draws the rotated image scaled by `scale`, its point (`ox`, `oy`) at the canvas origin, then applies the filter. */
export declare function drawEdited(ctx: CanvasRenderingContext2D, d: Decoded, s: EditState, scale: number, ox: number, oy: number, width: number, height: number): void;
/** The edited image at full resolution: the kept area (outputCrop) of the rotated, filtered image. */
export declare function renderOutput(d: Decoded, s: EditState, doc: Document): HTMLCanvasElement;
/** Encodes a canvas as a File with the original's name and type (JPEG and WebP at quality 0.92). */
export declare function toFile(canvas: HTMLCanvasElement, name: string, type: string, win: Window): Promise<UploadSource>;
/** The scale that fits the image as shown into a box of `box` CSS pixels (small images are enlarged up to 4×). */
export declare function fitScale(s: EditState, box: Size): number;
/**
 * The crop area over the preview (`scale`: preview pixels per image pixel): the outside dimmed, a dark and a light
 * frame (blue while the canvas has focus), and eight handles when the area's size can change.
 */
export declare function drawCropOverlay(ctx: CanvasRenderingContext2D, crop: Rect, scale: number, canvasSize: Size, focused: boolean, handles: boolean): void;
