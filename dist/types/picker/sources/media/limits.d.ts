import { PickerConfig } from '../../../core/contracts';
/** What the three media sources record, from `config.webcam` (defaults filled in). */
export interface MediaSettings {
    /** Size of webcam photos (`webcamDim`); undefined = the camera's own frame size. */
    photoDim?: [number, number];
    /** Size of VIDEO recordings (`videoRes`, default 640x480). */
    video: {
        width: number;
        height: number;
    };
    /** Longest VIDEO recording, in seconds (`videoLen`, default 3600, at most 5400). */
    videoLen: number;
    /** Longest AUDIO recording, in seconds (`audioLen`, default 3600, at most 5400). */
    audioLen: number;
}
export declare const DEFAULT_VIDEO_RES = "640x480";
export declare const DEFAULT_LENGTH = 3600;
export declare const MAX_LENGTH = 5400;
/** `"1280x720"` → `{width: 1280, height: 720}`; anything else gives the 640x480 default. */
export declare function parseResolution(res: string | undefined): {
    width: number;
    height: number;
};
/** A recording length in whole seconds between 1 and MAX_LENGTH; missing or invalid gives DEFAULT_LENGTH. */
export declare function lengthLimit(seconds: number | undefined): number;
export declare function mediaSettings(config: PickerConfig): MediaSettings;
/** Elapsed and remaining whole seconds of a recording started at `startedAt`, and whether the limit is reached. */
export declare function recordingClock(startedAt: number, now: number, limitSeconds: number): {
    elapsed: number;
    remaining: number;
    over: boolean;
};
/** Milliseconds until the next whole second of the clock, or until the limit, whichever comes first (at least 1). */
export declare function nextTickIn(startedAt: number, now: number, limitSeconds: number): number;
/** `75` → `1:15`, `3600` → `1:00:00` (digits only, the same in every language). */
export declare function formatClock(seconds: number): string;
/** Where a still comes from in the camera frame and how large it is drawn. */
export interface PhotoGeometry {
    width: number;
    height: number;
    /** Source rectangle in the frame (centered crop to the output's aspect ratio). */
    sx: number;
    sy: number;
    sw: number;
    sh: number;
}
/**
 * The still of a `frameW`×`frameH` camera frame for `webcamDim` `dim`: exactly `dim` when the frame is large enough;
 * otherwise `dim` scaled down to what the frame holds (v2: "image size is limited by the resolution of the webcam"),
 * aspect kept. The frame is cropped around its center to the aspect of `dim`, never stretched. No `dim`: the frame.
 */
export declare function photoGeometry(frameW: number, frameH: number, dim?: [number, number]): PhotoGeometry;
/** `webcam-1706713501234.jpg`: the prefix, the time in milliseconds, the extension (without dot). */
export declare function mediaFileName(prefix: string, time: number, ext: string): string;
