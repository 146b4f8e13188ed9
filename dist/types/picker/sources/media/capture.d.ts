/**
 * Resolves once `video` shows a frame (the preview may still be starting when Take photo is pressed); rejects after
 * `timeoutMs` without one.
 */
export declare function whenFrame(video: HTMLVideoElement, timeoutMs: number, setTimer: (fn: () => void, ms: number) => number, clearTimer: (id: number) => void): Promise<void>;
/** Draws the current frame of `video` on `canvas` at the size of `dim` (see photoGeometry). */
export declare function drawFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement, dim?: [number, number]): boolean;
/** The canvas as a JPEG Blob. */
export declare function canvasToJpeg(canvas: HTMLCanvasElement): Promise<Blob>;
/** A named file from recorded data (a Blob with `name` where the File constructor is missing). */
export declare function toFile(blob: Blob, name: string, type: string, win: Window): File;
