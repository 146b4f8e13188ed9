import { addClass, formatSize, Listeners, removeClass } from '../../dom';
import { TextBinder } from '../../i18n/binder';
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
import { buildMediaNodes, MediaNodes, PREFIX } from './nodes';

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

function constraintsFor(kind: MediaKind, s: MediaSettings): { constraints: MediaStreamConstraints; fallback?: MediaStreamConstraints } {
  if (kind === 'audio') return { constraints: { audio: true, video: false } };
  if (kind === 'photo') {
    const d = s.photoDim;
    return { constraints: { audio: false, video: d ? { width: { ideal: d[0] }, height: { ideal: d[1] } } : true } };
  }
  const video = { width: { ideal: s.video.width }, height: { ideal: s.video.height } };
  return { constraints: { audio: true, video }, fallback: { audio: false, video } };
}

type SrcObjectHolder = { srcObject: unknown };

function setHidden(node: Element | undefined, hidden: boolean): void {
  if (!node) return;
  if (hidden) node.setAttribute('hidden', '');
  else node.removeAttribute('hidden');
}

/**
 * The panel of WEBCAM (`photo`), VIDEO or AUDIO: preview, buttons, status line; plain DOM, no upload logic. The
 * device and the recording are the MediaController's; this class renders its snapshots and turns clicks into calls.
 */
export class MediaSourcePanel implements MediaPanel {
  readonly root: HTMLElement;
  /** Which source this is. */
  private kind: MediaKind;
  /** Document, binder, announcer, settings, environment and the file callback. */
  private ctx: MediaPanelContext;
  /** The panel's elements. */
  private n: MediaNodes;
  /** Longest recording in seconds (0 for a photo). */
  private limit: number;
  /** Runs the device and the recording. */
  private controller: MediaController;
  /** Every listener of the panel. */
  private listeners = new Listeners();
  /** Removes the panel's stylesheet. */
  private removeStyles: () => void;

  constructor(kind: MediaKind, ctx: MediaPanelContext) {
    const settings = ctx.settings;
    this.kind = kind;
    this.ctx = ctx;
    this.removeStyles = applyStyles(ctx.doc, MEDIA_RULES);
    this.limit = kind === 'video' ? settings.videoLen : kind === 'audio' ? settings.audioLen : 0;
    this.n = buildMediaNodes(ctx.doc, ctx.binder, kind);
    this.root = this.n.root;
    const { constraints, fallback } = constraintsFor(kind, settings);
    this.controller = new MediaController(ctx.env, {
      kind,
      constraints,
      fallback,
      limit: this.limit || 1,
      capture: () => this.capture(),
      onChange: (snap, event) => {
        this.render(snap, event);
      },
    });
    this.listen();
    this.render(this.controller.snapshot, 'leave');
  }

  /** The tab was shown: turn the device on. */
  activate(): void {
    const s = this.controller.snapshot.state;
    if (s === 'idle' || s === 'error') this.controller.start();
  }

  /** The tab was left: every track stops. */
  deactivate(): void {
    this.controller.leave();
  }

  focus(): void {
    this.moveFocus(VISIBLE[this.controller.snapshot.state]);
  }

  destroy(): void {
    this.controller.destroy();
    this.listeners.removeAll();
    this.removeStyles();
    if (this.n.video) (this.n.video as unknown as SrcObjectHolder).srcObject = null;
  }

  private listen(): void {
    const L = this.listeners;
    const b = this.n.buttons;
    const c = this.controller;
    L.on(b.start, 'click', () => c.start());
    L.on(b.retry, 'click', () => c.start());
    L.on(b.record, 'click', () => c.record());
    L.on(b.stop, 'click', () => c.stop());
    L.on(b.retake, 'click', () => c.retake());
    L.on(b.use, 'click', () => {
      this.use();
    });
  }

  /** Takes a still from the live preview (WEBCAM). */
  private capture(): Promise<Blob> {
    const { video, still } = this.n;
    const env = this.ctx.env;
    const dim = this.ctx.settings.photoDim;
    if (!video || !still) return Promise.reject(new Error('filepicker: no preview to take the photo from'));
    return whenFrame(video, 5000, env.setTimeout, env.clearTimeout).then(() => {
      if (!drawFrame(video, still, dim)) throw new Error('filepicker: the photo could not be drawn');
      return canvasToJpeg(still);
    });
  }

  /** "Use": the photo or recording goes to the dialog's list as a file. */
  private use(): void {
    const result = this.controller.use();
    if (!result) return;
    const kind = this.kind;
    const name = mediaFileName(PREFIX[kind], this.ctx.env.now(), kind === 'photo' ? 'jpg' : extensionFor(result.type));
    this.ctx.onFile(toFile(result.blob, name, result.type, this.ctx.win), PREFIX[kind]);
  }

  private showStatus(snap: MediaSnapshot): void {
    const { binder } = this.ctx;
    const status = this.n.status;
    const kind = this.kind;
    const s = snap.state;
    if (s === 'starting') binder.text(status, 'mediaStarting');
    else if (s === 'recording' || s === 'saving') binder.text(status, 'recordingClock', { elapsed: formatClock(snap.elapsed), remaining: formatClock(snap.remaining) });
    else if (s === 'recorded' && kind !== 'photo' && snap.result) binder.text(status, 'recordedSummary', { duration: formatClock(Math.round(snap.result.seconds)), size: formatSize(snap.result.blob.size) });
    else if (s === 'previewing' && kind !== 'photo') binder.text(status, 'recordingLimit', { limit: formatClock(this.limit) });
    else binder.text(status, s === 'idle' ? (kind === 'audio' ? 'micStart' : 'cameraStart') : 'mediaLoading');
    setHidden(status, s === 'error' || s === 'idle' || (kind === 'photo' && s !== 'starting'));
  }

  private announce(snap: MediaSnapshot, event: MediaEvent | 'tick'): void {
    const { binder, announcer } = this.ctx;
    if (event === 'record' && snap.state === 'recording') announcer.say('media', binder.t('announceRecording'), true);
    else if (event === 'saved' && this.kind === 'photo') announcer.say('media', binder.t('announcePhoto'), true);
    else if (event === 'saved') announcer.say('media', binder.t(snap.limitReached ? 'announceLimitReached' : 'announceRecorded', { duration: formatClock(Math.round(snap.result ? snap.result.seconds : snap.elapsed)) }), true);
    else if (event === 'fail' && snap.problem) announcer.say('media', binder.t(PROBLEM_KEYS[snap.problem]), true);
  }

  /** The live preview while the device is on, the still after a photo or recording. */
  private showStage(snap: MediaSnapshot): void {
    const { video, still } = this.n;
    if (!video) return;
    const s = snap.state;
    const kind = this.kind;
    const holder = video as unknown as SrcObjectHolder;
    const live = snap.stream && (s === 'previewing' || s === 'recording' || (kind === 'photo' && s === 'saving'));
    if (s === 'saving' && kind === 'video' && still) drawFrame(video, still);
    if (snap.stream && holder.srcObject !== snap.stream) {
      holder.srcObject = snap.stream;
      const played = video.play ? video.play() : undefined;
      if (played && typeof played.then === 'function') played.then(null, () => undefined);
    } else if (!snap.stream) holder.srcObject = null;
    setHidden(video, !live);
    setHidden(still, !(s === 'recorded' || (s === 'saving' && kind === 'video')));
  }

  private render(snap: MediaSnapshot, event: MediaEvent | 'tick'): void {
    const n = this.n;
    const doc = this.ctx.doc;
    const s = snap.state;
    const active = doc.activeElement;
    const hadFocus = !!active && (n.root.contains(active) || active === doc.body);
    this.showStage(snap);
    if (s === 'recording') addClass(n.root, 'fp-media-recording');
    else removeClass(n.root, 'fp-media-recording');
    n.root.setAttribute('aria-busy', s === 'starting' || s === 'saving' ? 'true' : 'false');
    this.showStatus(snap);
    if (s === 'error' && snap.problem) this.ctx.binder.text(n.problem, PROBLEM_KEYS[snap.problem]);
    setHidden(n.problem, s !== 'error');
    // a camera that cannot be used leaves no empty black preview above its message
    setHidden(n.stage, s === 'error' && !!n.video);
    const visible = VISIBLE[s];
    for (const name in n.buttons) if (Object.prototype.hasOwnProperty.call(n.buttons, name)) setHidden(n.buttons[name], visible.indexOf(name) < 0);
    this.announce(snap, event);
    if (hadFocus && event !== 'tick') this.moveFocus(visible);
  }

  /** Focus to the first visible action, else the status line (unless hidden). */
  private moveFocus(visible: string[]): void {
    const status = this.n.status;
    const target = visible.length ? this.n.buttons[visible[0]] : status.hasAttribute('hidden') ? undefined : status;
    if (target && this.ctx.doc.activeElement !== target) target.focus();
  }
}
