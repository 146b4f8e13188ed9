/**
 * The life of a media source as a pure state machine:
 * idle → starting (asking for the device) → previewing → recording → saving → recorded → (retake) previewing,
 * (use) idle. A photo goes previewing → saving → recorded. `fail` leads to error (from which `start` tries again);
 * `leave` (panel left, dialog closed) goes back to idle from anywhere. The device is on only between starting and recorded.
 */
export type MediaState = 'idle' | 'starting' | 'previewing' | 'recording' | 'saving' | 'recorded' | 'error';
export type MediaEvent = 'start' | 'ready' | 'fail' | 'record' | 'stop' | 'saved' | 'retake' | 'use' | 'leave';
/** The next state, or null when the event means nothing in this state (a double click, a late callback). */
export declare function transition(state: MediaState, event: MediaEvent, photo?: boolean): MediaState | null;
/** Whether the camera / microphone may be on in this state (everything else has every track stopped). */
export declare function deviceOn(state: MediaState): boolean;
