import { MediaEnv, StreamLike } from './env';
import { MediaEvent, MediaState } from './machine';
import { MediaProblem } from './problems';
export type MediaKind = 'photo' | 'video' | 'audio';
/** What a source holds after recording: the data, its file type and (recordings) its length in seconds. */
export interface MediaResult {
    blob: Blob;
    type: string;
    seconds: number;
}
/** What the panel shows. */
export interface MediaSnapshot {
    state: MediaState;
    problem?: MediaProblem;
    stream?: StreamLike;
    /** While recording, and of the last recording. */
    elapsed: number;
    remaining: number;
    result?: MediaResult;
    /** The recording ended because it reached its length limit. */
    limitReached: boolean;
}
export interface ControllerOptions {
    kind: MediaKind;
    /** What to ask getUserMedia for (first try). */
    constraints: MediaStreamConstraints;
    /** Second try when the first finds no device (a camera without microphone for VIDEO). */
    fallback?: MediaStreamConstraints;
    /** Longest recording in seconds (video, audio). */
    limit: number;
    /** Takes a still from the live preview (photo). */
    capture?: () => Promise<Blob>;
    /** After every change: `event` is the machine's event, or `tick` for a clock update while recording. */
    onChange(snapshot: MediaSnapshot, event: MediaEvent | 'tick'): void;
}
/**
 * Runs one media source on the injected MediaEnv, following the state machine of machine.ts: acquires the device,
 * records with a clock that stops by itself at the limit, and stops every track whenever the state leaves the device
 * on (used, left, failed, destroyed), including a stream that arrives after the source was left.
 */
export declare class MediaController {
    private env;
    private opts;
    private snap;
    /** The live stream while the device is on. */
    private stream?;
    private recorder?;
    /** Recorded chunks of the current recording. */
    private chunks;
    private startedAt;
    /** Length of the last recording, in seconds. */
    private seconds;
    private timer?;
    /** Increments on every acquisition and recording, so late callbacks of an abandoned one are ignored. */
    private generation;
    private destroyed;
    constructor(env: MediaEnv, opts: ControllerOptions);
    get snapshot(): MediaSnapshot;
    /** Turns the device on (from idle or after an error). */
    start(): void;
    /** Takes the photo, or starts recording. */
    record(): void;
    /** Stops the recording; the result follows once the recorder delivered its data. */
    stop(limitReached?: boolean): void;
    /** Back to the live preview, dropping the result. */
    retake(): void;
    /** Hands the result over and turns the device off. */
    use(): MediaResult | undefined;
    /** The panel was left or the dialog closes: everything stops, nothing is kept. */
    leave(): void;
    destroy(): void;
    private tick;
    private fail;
    /** Applies an event; returns false when it means nothing in the current state. */
    private go;
    private update;
    private release;
    private clearTimer;
}
/** Stops every track of a stream (the camera light goes off). */
export declare function stopTracks(stream: StreamLike): void;
