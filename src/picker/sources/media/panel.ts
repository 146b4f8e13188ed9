import { addClass, el, formatSize, Listeners, removeClass } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { StringKey } from '../../i18n/translator';
import { Announcer } from '../../announcer';
import { MediaController, MediaKind, MediaSnapshot } from './controller';
import { MediaEnv } from './env';
import { MediaEvent, MediaState } from './machine';
import { PROBLEM_KEYS } from './problems';
import { formatClock, MediaSettings, mediaFileName } from './limits';
import { extensionFor } from './formats';
import { canvasToJpeg, drawFrame, toFile, whenFrame } from './capture';
import { applyStyles } from '../../styles';
import { MEDIA_RULES } from './styles';

export interface MediaPanelContext {
  doc: Document;
  win: Window;
  binder: TextBinder;
  announcer: Announcer;
  settings: MediaSettings;
  env: MediaEnv;
  /** The recorded file, for the dialog's list (restrictions apply there); `client` is `webcam`, `video` or `audio`. */
  onFile(file: File, client: string): void;
}

/** One media source, mounted in its tab's panel. */
export interface MediaPanel {
  root: HTMLElement;
  /** The tab was shown: turn the device on. */
  activate(): void;
  /** The tab was left: every track stops. */
  deactivate(): void;
  /** Moves focus to the panel's current action (or its status line). */
  focus(): void;
  destroy(): void;
}

type Buttons = { [name: string]: HTMLButtonElement };

/** Which buttons each state shows, the first one being where focus goes. */
const VISIBLE: { [S in MediaState]: string[] } = {
  idle: ['start'],
  starting: [],
  previewing: ['record'],
  recording: ['stop'],
  saving: [],
  recorded: ['use', 'retake'],
  error: ['retry'],
};

const PREFIX: { [K in MediaKind]: string } = { photo: 'webcam', video: 'video', audio: 'audio' };

function constraintsFor(kind: MediaKind, s: MediaSettings): { constraints: MediaStreamConstraints; fallback?: MediaStreamConstraints } {
  if (kind === 'audio') return { constraints: { audio: true, video: false } };
  if (kind === 'photo') {
    const d = s.photoDim;
    return { constraints: { audio: false, video: d ? { width: { ideal: d[0] }, height: { ideal: d[1] } } : true } };
  }
  const video = { width: { ideal: s.video.width }, height: { ideal: s.video.height } };
  return { constraints: { audio: true, video }, fallback: { audio: false, video } };
}

/** Builds the panel of WEBCAM (`photo`), VIDEO or AUDIO: preview, buttons, status line; plain DOM, no upload logic. */
export function mediaPanel(kind: MediaKind, ctx: MediaPanelContext): MediaPanel {
  const { doc, binder, announcer, settings } = ctx;
  const L = new Listeners();
  const removeStyles = applyStyles(doc, MEDIA_RULES);
  const limit = kind === 'video' ? settings.videoLen : kind === 'audio' ? settings.audioLen : 0;
  const video = kind === 'audio' ? undefined : el(doc, 'video', { class: 'fp-media-video', muted: '', playsinline: '', autoplay: '', hidden: '' });
  if (video) {
    video.muted = true;
    binder.attr(video, 'aria-label', 'cameraPreview');
  }
  const still = kind === 'audio' ? undefined : el(doc, 'canvas', { class: 'fp-media-still', role: 'img', hidden: '' });
  if (still) binder.attr(still, 'aria-label', 'photoTaken');
  const dot = el(doc, 'span', { class: 'fp-media-dot', 'aria-hidden': 'true' });
  const status = el(doc, 'p', { class: 'fp-media-status', tabindex: '-1' });
  const problem = el(doc, 'p', { class: 'fp-media-problem', hidden: '' });
  const buttons: Buttons = {};
  const labels: { [name: string]: StringKey } = {
    start: kind === 'audio' ? 'micStart' : 'cameraStart',
    record: kind === 'photo' ? 'takePhoto' : 'startRecording',
    stop: 'stopRecording',
    use: kind === 'photo' ? 'usePhoto' : 'useRecording',
    retake: 'retake',
    retry: 'mediaRetry',
  };
  const actions = el(doc, 'div', { class: 'fp-row fp-media-actions' });
  for (const name in labels) {
    if (!Object.prototype.hasOwnProperty.call(labels, name)) continue;
    const b = el(doc, 'button', { type: 'button', class: 'fp-btn' + (name === 'use' || name === 'record' ? ' fp-media-go' : ''), 'data-fp-action': name, hidden: '' });
    binder.text(b, labels[name]);
    buttons[name] = b;
    actions.appendChild(b);
  }
  const stage = el(doc, 'div', { class: 'fp-media-stage fp-media-' + PREFIX[kind] }, video && still ? [video, still] : [dot]);
  const root = el(doc, 'div', { class: 'fp-media', 'data-fp-media': PREFIX[kind] }, [stage, el(doc, 'div', { class: 'fp-media-line' }, kind === 'video' ? [dot, status] : [status]), problem, actions]);

  const { constraints, fallback } = constraintsFor(kind, settings);
  const controller = new MediaController(ctx.env, {
    kind,
    constraints,
    fallback,
    limit: limit || 1,
    capture: () => {
      if (!video || !still) return Promise.reject(new Error('filepicker: no preview to take the photo from'));
      return whenFrame(video, 5000, ctx.env.setTimeout, ctx.env.clearTimeout).then(() => {
        if (!drawFrame(video, still, settings.photoDim)) throw new Error('filepicker: the photo could not be drawn');
        return canvasToJpeg(still);
      });
    },
    onChange: render,
  });

  function setHidden(node: Element | undefined, hidden: boolean): void {
    if (!node) return;
    if (hidden) node.setAttribute('hidden', '');
    else node.removeAttribute('hidden');
  }

  function showStatus(snap: MediaSnapshot): void {
    const s = snap.state;
    if (s === 'starting') binder.text(status, 'mediaStarting');
    else if (s === 'recording' || s === 'saving') binder.text(status, 'recordingClock', { elapsed: formatClock(snap.elapsed), remaining: formatClock(snap.remaining) });
    else if (s === 'recorded' && kind !== 'photo' && snap.result) binder.text(status, 'recordedSummary', { duration: formatClock(Math.round(snap.result.seconds)), size: formatSize(snap.result.blob.size) });
    else if (s === 'previewing' && kind !== 'photo') binder.text(status, 'recordingLimit', { limit: formatClock(limit) });
    else binder.text(status, s === 'idle' ? (kind === 'audio' ? 'micStart' : 'cameraStart') : 'mediaLoading');
    setHidden(status, s === 'error' || s === 'idle' || (kind === 'photo' && s !== 'starting'));
  }

  function announce(snap: MediaSnapshot, event: MediaEvent | 'tick'): void {
    if (event === 'record' && snap.state === 'recording') announcer.say('media', binder.t('announceRecording'), true);
    else if (event === 'saved' && kind === 'photo') announcer.say('media', binder.t('announcePhoto'), true);
    else if (event === 'saved') announcer.say('media', binder.t(snap.limitReached ? 'announceLimitReached' : 'announceRecorded', { duration: formatClock(Math.round(snap.result ? snap.result.seconds : snap.elapsed)) }), true);
    else if (event === 'fail' && snap.problem) announcer.say('media', binder.t(PROBLEM_KEYS[snap.problem]), true);
  }

  function render(snap: MediaSnapshot, event: MediaEvent | 'tick'): void {
    const s = snap.state;
    const active = doc.activeElement;
    const hadFocus = !!active && (root.contains(active) || active === doc.body);
    if (video) {
      const live = snap.stream && (s === 'previewing' || s === 'recording' || (kind === 'photo' && s === 'saving'));
      if (s === 'saving' && kind === 'video' && still) drawFrame(video, still);
      if (snap.stream && (video as unknown as { srcObject: unknown }).srcObject !== snap.stream) {
        (video as unknown as { srcObject: unknown }).srcObject = snap.stream;
        const played = video.play ? video.play() : undefined;
        if (played && typeof played.then === 'function') played.then(null, () => undefined);
      } else if (!snap.stream) (video as unknown as { srcObject: unknown }).srcObject = null;
      setHidden(video, !live);
      setHidden(still, !(s === 'recorded' || (s === 'saving' && kind === 'video')));
    }
    if (s === 'recording') addClass(root, 'fp-media-recording');
    else removeClass(root, 'fp-media-recording');
    root.setAttribute('aria-busy', s === 'starting' || s === 'saving' ? 'true' : 'false');
    showStatus(snap);
    if (s === 'error' && snap.problem) binder.text(problem, PROBLEM_KEYS[snap.problem]);
    setHidden(problem, s !== 'error');
    const visible = VISIBLE[s];
    for (const name in buttons) if (Object.prototype.hasOwnProperty.call(buttons, name)) setHidden(buttons[name], visible.indexOf(name) < 0);
    announce(snap, event);
    if (hadFocus && event !== 'tick') moveFocus(visible);
  }

  function moveFocus(visible: string[]): void {
    const target = visible.length ? buttons[visible[0]] : status.hasAttribute('hidden') ? undefined : status;
    if (target && doc.activeElement !== target) target.focus();
  }

  L.on(buttons.start, 'click', () => controller.start());
  L.on(buttons.retry, 'click', () => controller.start());
  L.on(buttons.record, 'click', () => controller.record());
  L.on(buttons.stop, 'click', () => controller.stop());
  L.on(buttons.retake, 'click', () => controller.retake());
  L.on(buttons.use, 'click', () => {
    const result = controller.use();
    if (!result) return;
    const name = mediaFileName(PREFIX[kind], ctx.env.now(), kind === 'photo' ? 'jpg' : extensionFor(result.type));
    ctx.onFile(toFile(result.blob, name, result.type, ctx.win), PREFIX[kind]);
  });
  render(controller.snapshot, 'leave');

  return {
    root,
    activate() {
      const s = controller.snapshot.state;
      if (s === 'idle' || s === 'error') controller.start();
    },
    deactivate() {
      controller.leave();
    },
    focus() {
      moveFocus(VISIBLE[controller.snapshot.state]);
    },
    destroy() {
      controller.destroy();
      L.removeAll();
      removeStyles();
      if (video) (video as unknown as { srcObject: unknown }).srcObject = null;
    },
  };
}
