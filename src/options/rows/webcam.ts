import { describe, fail, isObject, toNumberInRange, toStrictPair, trim } from '../coerce';
import { Draft, Row, runTable, warn } from '../draft';
import { unknownKeyMessage } from '../suggest';
import { V2WebcamOptions, V2WebcamTopOptions } from '../types';

const VIDEO_RES = ['320x240', '640x480', '1280x720'];
/** Longest recording v2 allowed, in seconds (90 minutes). */
const MAX_RECORDING = 5400;

/** v2 passed any `videoRes` on to its dialog; one it does not offer is left out (the default) with one warning. */
function toVideoRes(name: string, value: unknown, d: Draft): string | undefined {
  const s = typeof value === 'string' ? trim(value).toLowerCase() : '';
  if (VIDEO_RES.indexOf(s) >= 0) return s;
  warn(d, name, 'filepicker: `' + name + '` should be one of "' + VIDEO_RES.join('", "') + '", got ' + describe(value) + '; the default (640x480) is used');
  return undefined;
}

/** The keys of `webcam: {…}` (v2's documented ones; widgets always send `webcam: {}`). */
export const WEBCAM_ROWS: { [K in keyof Required<V2WebcamOptions>]: Row } = {
  videoRes: {
    apply(v, d, n) {
      const res = toVideoRes(n, v, d);
      if (res) d.webcam.videoRes = res;
    },
  },
  videoLen: { apply: (v, d, n) => (d.webcam.videoLen = toNumberInRange(n, v, 1, MAX_RECORDING, 'a number of seconds')) },
  audioLen: { apply: (v, d, n) => (d.webcam.audioLen = toNumberInRange(n, v, 1, MAX_RECORDING, 'a number of seconds')) },
  /** Inside `webcam` it wins over a top-level `webcamDim` (v2 sent both, this one first). */
  webcamDim: { apply: (v, d, n) => (d.webcam.dim = toStrictPair(n, v)) },
};

const WEBCAM_KEYS = Object.keys(WEBCAM_ROWS);

/** `webcam` (an object) and the top-level `webcamDim`. */
export const WEBCAM_TOP_ROWS: { [K in keyof Required<V2WebcamTopOptions>]: Row } = {
  webcam: {
    apply(v, d, n) {
      if (!isObject(v)) return fail(n, 'an object like {videoRes: "640x480", videoLen: 120}', v);
      runTable(WEBCAM_ROWS, v, d, n + '.', (key) => warn(d, n + '.' + key, unknownKeyMessage('webcam option', key, WEBCAM_KEYS)));
    },
  },
  webcamDim: { apply: (v, d, n) => (d.webcamTopDim = toStrictPair(n, v)) },
};
