import { Row } from '../draft';
import { V2WebcamOptions, V2WebcamTopOptions } from '../types';
/** The keys of `webcam: {…}` (v2's documented ones; widgets always send `webcam: {}`). */
export declare const WEBCAM_ROWS: {
    [K in keyof Required<V2WebcamOptions>]: Row;
};
/** `webcam` (an object) and the top-level `webcamDim`. */
export declare const WEBCAM_TOP_ROWS: {
    [K in keyof Required<V2WebcamTopOptions>]: Row;
};
