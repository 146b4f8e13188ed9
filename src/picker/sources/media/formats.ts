/** Container formats for recordings: which one MediaRecorder is asked for, and the file's type and extension. */

const VIDEO_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm', 'video/mp4'];
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/**
 * The first format of the list the recorder supports, or undefined to let the browser choose (no `isTypeSupported`,
 * or none of ours).
 */
export function chooseRecorderType(kind: 'video' | 'audio', isTypeSupported?: (type: string) => boolean): string | undefined {
  if (!isTypeSupported) return undefined;
  const list = kind === 'video' ? VIDEO_TYPES : AUDIO_TYPES;
  for (let i = 0; i < list.length; i++) {
    try {
      if (isTypeSupported(list[i])) return list[i];
    } catch (_e) {
      // a browser that throws on a type does not support it
    }
  }
  return undefined;
}

/** `video/webm;codecs=vp8,opus` → `video/webm`; empty → the kind's webm type. */
export function fileType(recorded: string | undefined, kind: 'video' | 'audio'): string {
  const base = (recorded || '').split(';')[0].replace(/^\s+|\s+$/g, '').toLowerCase();
  return /^(video|audio)\/[a-z0-9.+-]+$/.test(base) ? base : kind + '/webm';
}

/** The file extension for a recording's type (without dot). */
export function extensionFor(type: string): string {
  const sub = type.split('/')[1] || 'webm';
  if (sub === 'mp4') return type.indexOf('audio/') === 0 ? 'm4a' : 'mp4';
  if (sub === 'ogg') return 'ogg';
  if (sub === 'x-matroska') return 'mkv';
  return sub === 'webm' ? 'webm' : sub.replace(/[^a-z0-9]/g, '') || 'webm';
}
