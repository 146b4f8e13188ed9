import { PickerConfig } from '../../../core/contracts';

/** What the three media sources record, from `config.webcam` (defaults filled in). */
export interface MediaSettings {
  /** Size of webcam photos (`webcamDim`); undefined = the camera's own frame size. */
  photoDim?: [number, number];
  /** Size of VIDEO recordings (`videoRes`, default 640x480). */
  video: { width: number; height: number };
  /** Longest VIDEO recording, in seconds (`videoLen`, default 3600, at most 5400). */
  videoLen: number;
  /** Longest AUDIO recording, in seconds (`audioLen`, default 3600, at most 5400). */
  audioLen: number;
}

export const DEFAULT_VIDEO_RES = '640x480';
export const DEFAULT_LENGTH = 3600;
export const MAX_LENGTH = 5400;

/** `"1280x720"` → `{width: 1280, height: 720}`; anything else gives the 640x480 default. */
export function parseResolution(res: string | undefined): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/i.exec(res || '');
  if (!m) return parseResolution(DEFAULT_VIDEO_RES);
  return { width: parseInt(m[1], 10), height: parseInt(m[2], 10) };
}

/** A recording length in whole seconds between 1 and MAX_LENGTH; missing or invalid gives DEFAULT_LENGTH. */
export function lengthLimit(seconds: number | undefined): number {
  if (typeof seconds !== 'number' || !(seconds > 0)) return DEFAULT_LENGTH;
  return Math.min(MAX_LENGTH, Math.max(1, Math.round(seconds)));
}

export function mediaSettings(config: PickerConfig): MediaSettings {
  const w = config.webcam || {};
  const dim = w.dim && w.dim[0] > 0 && w.dim[1] > 0 ? ([w.dim[0], w.dim[1]] as [number, number]) : undefined;
  return { photoDim: dim, video: parseResolution(w.videoRes), videoLen: lengthLimit(w.videoLen), audioLen: lengthLimit(w.audioLen) };
}

/** Elapsed and remaining whole seconds of a recording started at `startedAt`, and whether the limit is reached. */
export function recordingClock(startedAt: number, now: number, limitSeconds: number): { elapsed: number; remaining: number; over: boolean } {
  const ms = Math.max(0, now - startedAt);
  const limitMs = limitSeconds * 1000;
  const elapsed = Math.min(limitSeconds, Math.floor(ms / 1000));
  return { elapsed, remaining: Math.max(0, Math.ceil((limitMs - ms) / 1000)), over: ms >= limitMs };
}

/** Milliseconds until the next whole second of the clock, or until the limit, whichever comes first (at least 1). */
export function nextTickIn(startedAt: number, now: number, limitSeconds: number): number {
  const ms = Math.max(0, now - startedAt);
  const toSecond = 1000 - (ms % 1000);
  const toLimit = limitSeconds * 1000 - ms;
  return Math.max(1, Math.min(toSecond, toLimit));
}

/** `75` → `1:15`, `3600` → `1:00:00` (digits only, the same in every language). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const two = (n: number): string => (n < 10 ? '0' : '') + n;
  return h ? h + ':' + two(m) + ':' + two(r) : m + ':' + two(r);
}

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
export function photoGeometry(frameW: number, frameH: number, dim?: [number, number]): PhotoGeometry {
  if (!dim || !(frameW > 0) || !(frameH > 0)) return { width: frameW, height: frameH, sx: 0, sy: 0, sw: frameW, sh: frameH };
  const aspect = dim[0] / dim[1];
  let sw = frameW;
  let sh = Math.round(frameW / aspect);
  if (sh > frameH) {
    sh = frameH;
    sw = Math.round(frameH * aspect);
  }
  const scale = Math.min(1, sw / dim[0], sh / dim[1]);
  return { width: Math.round(dim[0] * scale), height: Math.round(dim[1] * scale), sx: Math.floor((frameW - sw) / 2), sy: Math.floor((frameH - sh) / 2), sw, sh };
}

/** `webcam-1706713501234.jpg`: the prefix, the time in milliseconds, the extension (without dot). */
export function mediaFileName(prefix: string, time: number, ext: string): string {
  return prefix + '-' + Math.floor(time) + '.' + ext;
}
