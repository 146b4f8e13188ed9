/**
 * Blur and sharpen on RGBA pixels (ImageData's layout), as pure functions so they are testable and behave the same in
 * every browser (CanvasRenderingContext2D.filter is missing in Safari). Alpha is left as it is.
 */
export interface Pixels {
    data: Uint8ClampedArray;
    width: number;
    height: number;
}
/** A box blur of `radius` pixels (horizontal then vertical pass). Returns new pixels. */
export declare function blur(p: Pixels, radius: number): Uint8ClampedArray;
/** Sharpens with the 3×3 kernel [0 -a 0; -a 1+4a -a; 0 -a 0] (`amount` = a). Returns new pixels. */
export declare function sharpen(p: Pixels, amount: number): Uint8ClampedArray;
/** The blur radius for an image: about 0.5% of its longer side, at least 1 pixel. */
export declare function blurRadius(width: number, height: number): number;
/** Applies a named filter; `none` returns the pixels unchanged. */
export declare function applyFilter(p: Pixels, filter: 'none' | 'blur' | 'sharpen'): Uint8ClampedArray;
