import { StringKey } from '../../i18n/translator';

/** Why a media source cannot work, as the key of its translated message. */
export type MediaProblem = 'denied' | 'noDevice' | 'busy' | 'unsupported' | 'failed';

export const PROBLEM_KEYS: { [P in MediaProblem]: StringKey } = {
  denied: 'mediaDenied',
  noDevice: 'mediaNoDevice',
  busy: 'mediaBusy',
  unsupported: 'mediaUnsupported',
  failed: 'mediaFailed',
};

/** Maps a getUserMedia / MediaRecorder failure (a DOMException, or the old Chrome names) onto a problem. */
export function problemOf(error: unknown): MediaProblem {
  const name = String((error && (error as { name?: string }).name) || '');
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'noDevice';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'NotSupportedError':
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
