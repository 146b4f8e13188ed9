import { StringKey } from '../../i18n/translator';
/** Why a media source cannot work, as the key of its translated message. */
export type MediaProblem = 'denied' | 'noDevice' | 'busy' | 'unsupported' | 'failed';
export declare const PROBLEM_KEYS: {
    [P in MediaProblem]: StringKey;
};
/** Maps a getUserMedia / MediaRecorder failure (a DOMException, or the old Chrome names) onto a problem. */
export declare function problemOf(error: unknown): MediaProblem;
