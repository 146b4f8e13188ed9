/**
 * The media APIs a source uses, as a small interface: the browser's in `browserMediaEnv`, a scripted one in unit tests.
 * A missing member means the browser lacks the feature (no getUserMedia, no MediaRecorder).
 */
export interface TrackLike {
    stop(): void;
}
export interface StreamLike {
    getTracks(): TrackLike[];
}
/** The part of MediaRecorder we use. */
export interface RecorderLike {
    readonly mimeType: string;
    start(timeslice?: number): void;
    stop(): void;
    ondataavailable: ((event: {
        data: Blob;
    }) => void) | null;
    onstop: (() => void) | null;
    onerror: ((event: unknown) => void) | null;
}
export interface MediaEnv {
    getUserMedia?: (constraints: MediaStreamConstraints) => Promise<StreamLike>;
    createRecorder?: (stream: StreamLike, mimeType?: string) => RecorderLike;
    isTypeSupported?: (type: string) => boolean;
    now(): number;
    setTimeout(fn: () => void, ms: number): number;
    clearTimeout(id: number): void;
}
/** The media APIs of `win` (the dialog's window: the page's, or the popup's). */
export declare function browserMediaEnv(win: Window): MediaEnv;
