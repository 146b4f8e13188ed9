import { Row } from '../draft';
import { V2ImageOptions } from '../types';
/** `4/3` usually arrives already divided; a widget sends `"1.333"`, `"4/3"` or, as a screen ratio, `"16:9"`: all accepted. */
export declare function toRatio(name: string, value: unknown): number;
/** Client-side image resizing and the crop UI (v2's `image*` and `crop*` options). */
export declare const IMAGE_ROWS: {
    [K in keyof Required<V2ImageOptions>]: Row;
};
