/**
 * The life of a media source as a pure state machine:
 * idle → starting (asking for the device) → previewing → recording → saving → recorded → (retake) previewing,
 * (use) idle. A photo goes previewing → saving → recorded. `fail` leads to error (from which `start` tries again);
 * `leave` (panel left, dialog closed) goes back to idle from anywhere. The device is on only between starting and recorded.
 */
export type MediaState = 'idle' | 'starting' | 'previewing' | 'recording' | 'saving' | 'recorded' | 'error';
export type MediaEvent = 'start' | 'ready' | 'fail' | 'record' | 'stop' | 'saved' | 'retake' | 'use' | 'leave';

const TABLE: { [S in MediaState]: { [E in MediaEvent]?: MediaState } } = {
  idle: { start: 'starting' },
  starting: { ready: 'previewing', fail: 'error', leave: 'idle' },
  previewing: { record: 'recording', fail: 'error', leave: 'idle' },
  recording: { stop: 'saving', fail: 'error', leave: 'idle' },
  saving: { saved: 'recorded', fail: 'error', leave: 'idle' },
  recorded: { retake: 'previewing', use: 'idle', fail: 'error', leave: 'idle' },
  error: { start: 'starting', leave: 'idle' },
};

/** The next state, or null when the event means nothing in this state (a double click, a late callback). */
export function transition(state: MediaState, event: MediaEvent, photo?: boolean): MediaState | null {
  if (photo && state === 'previewing' && event === 'record') return 'saving';
  const next = TABLE[state][event];
  return next === undefined ? null : next;
}

/** Whether the camera / microphone may be on in this state (everything else has every track stopped). */
export function deviceOn(state: MediaState): boolean {
  return state === 'starting' || state === 'previewing' || state === 'recording' || state === 'saving' || state === 'recorded';
}
