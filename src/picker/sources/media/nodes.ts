import { el } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { StringKey } from '../../i18n/translator';
import { MediaKind } from './controller';

/** The panel's buttons by action name (`start`, `record`, `stop`, `use`, `retake`, `retry`). */
export type Buttons = { [name: string]: HTMLButtonElement };

/** A media panel's elements. */
export interface MediaNodes {
  root: HTMLElement;
  /** The black box holding the preview (WEBCAM, VIDEO), or the audio light. */
  stage: HTMLElement;
  /** The live preview (WEBCAM, VIDEO). */
  video?: HTMLVideoElement;
  /** The photo taken, or a recording's last frame (WEBCAM, VIDEO). */
  still?: HTMLCanvasElement;
  /** The recording light. */
  dot: HTMLElement;
  /** Loading, clock, summary. */
  status: HTMLElement;
  /** Why the device cannot be used. */
  problem: HTMLElement;
  buttons: Buttons;
}

/** The short name of each kind: data attributes, class names, file names and the picked Blob's `client`. */
export const PREFIX: { [K in MediaKind]: string } = { photo: 'webcam', video: 'video', audio: 'audio' };

function labelsFor(kind: MediaKind): { [name: string]: StringKey } {
  return {
    start: kind === 'audio' ? 'micStart' : 'cameraStart',
    record: kind === 'photo' ? 'takePhoto' : 'startRecording',
    stop: 'stopRecording',
    use: kind === 'photo' ? 'usePhoto' : 'useRecording',
    retake: 'retake',
    retry: 'mediaRetry',
  };
}

/** The preview video and still canvas of a camera source (none for AUDIO). */
function cameraNodes(doc: Document, binder: TextBinder, kind: MediaKind): { video?: HTMLVideoElement; still?: HTMLCanvasElement } {
  if (kind === 'audio') return {};
  const video = el(doc, 'video', { class: 'fp-media-video', muted: '', playsinline: '', autoplay: '', hidden: '' });
  video.muted = true;
  binder.attr(video, 'aria-label', 'cameraPreview');
  const still = el(doc, 'canvas', { class: 'fp-media-still', role: 'img', hidden: '' });
  binder.attr(still, 'aria-label', 'photoTaken');
  return { video, still };
}

/** Builds the panel of WEBCAM (`photo`), VIDEO or AUDIO: stage, status line, problem line and the (hidden) buttons. */
export function buildMediaNodes(doc: Document, binder: TextBinder, kind: MediaKind): MediaNodes {
  const { video, still } = cameraNodes(doc, binder, kind);
  const dot = el(doc, 'span', { class: 'fp-media-dot', 'aria-hidden': 'true' });
  const status = el(doc, 'p', { class: 'fp-media-status', tabindex: '-1' });
  const problem = el(doc, 'p', { class: 'fp-media-problem', hidden: '' });
  const buttons: Buttons = {};
  const labels = labelsFor(kind);
  const actions = el(doc, 'div', { class: 'fp-row fp-media-actions' });
  for (const name in labels) {
    if (!Object.prototype.hasOwnProperty.call(labels, name)) continue;
    const b = el(doc, 'button', { type: 'button', class: 'fp-btn' + (name === 'use' || name === 'record' ? ' fp-media-go' : ''), 'data-fp-action': name, hidden: '' });
    binder.text(b, labels[name]);
    buttons[name] = b;
    actions.appendChild(b);
  }
  const stage = el(doc, 'div', { class: 'fp-media-stage fp-media-' + PREFIX[kind] }, video && still ? [video, still] : [dot]);
  const line = el(doc, 'div', { class: 'fp-media-line' }, kind === 'video' ? [dot, status] : [status]);
  const root = el(doc, 'div', { class: 'fp-media', 'data-fp-media': PREFIX[kind] }, [stage, line, problem, actions]);
  return { root, stage, video, still, dot, status, problem, buttons };
}
