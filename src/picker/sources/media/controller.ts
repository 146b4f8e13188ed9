import { MediaEnv, RecorderLike, StreamLike } from './env';
import { deviceOn, MediaEvent, MediaState, transition } from './machine';
import { MediaProblem, problemOf } from './problems';
import { nextTickIn, recordingClock } from './limits';
import { chooseRecorderType, fileType } from './formats';

export type MediaKind = 'photo' | 'video' | 'audio';

/** What a source holds after recording: the data, its file type and (recordings) its length in seconds. */
export interface MediaResult {
  blob: Blob;
  type: string;
  seconds: number;
}

/** What the panel shows. */
export interface MediaSnapshot {
  state: MediaState;
  problem?: MediaProblem;
  stream?: StreamLike;
  /** While recording, and of the last recording. */
  elapsed: number;
  remaining: number;
  result?: MediaResult;
  /** The recording ended because it reached its length limit. */
  limitReached: boolean;
}

export interface ControllerOptions {
  kind: MediaKind;
  /** What to ask getUserMedia for (first try). */
  constraints: MediaStreamConstraints;
  /** Second try when the first finds no device (a camera without microphone for VIDEO). */
  fallback?: MediaStreamConstraints;
  /** Longest recording in seconds (video, audio). */
  limit: number;
  /** Takes a still from the live preview (photo). */
  capture?: () => Promise<Blob>;
  /** After every change: `event` is the machine's event, or `tick` for a clock update while recording. */
  onChange(snapshot: MediaSnapshot, event: MediaEvent | 'tick'): void;
}

/**
 * Runs one media source on the injected MediaEnv, following the state machine of machine.ts: acquires the device,
 * records with a clock that stops by itself at the limit, and stops every track whenever the state leaves the device
 * on (used, left, failed, destroyed), including a stream that arrives after the source was left.
 */
export class MediaController {
  private snap: MediaSnapshot = { state: 'idle', elapsed: 0, remaining: 0, limitReached: false };
  /** The live stream while the device is on. */
  private stream?: StreamLike;
  private recorder?: RecorderLike;
  /** Recorded chunks of the current recording. */
  private chunks: Blob[] = [];
  private startedAt = 0;
  /** Length of the last recording, in seconds. */
  private seconds = 0;
  private timer?: number;
  /** Increments on every acquisition and recording, so late callbacks of an abandoned one are ignored. */
  private generation = 0;
  private destroyed = false;

  constructor(private env: MediaEnv, private opts: ControllerOptions) {
    this.snap.remaining = opts.limit;
  }

  get snapshot(): MediaSnapshot {
    return this.snap;
  }

  /** Turns the device on (from idle or after an error). */
  start(): void {
    if (!this.go('start')) return;
    const env = this.env;
    const gen = ++this.generation;
    if (!env.getUserMedia || (this.opts.kind !== 'photo' && !env.createRecorder)) {
      this.fail('unsupported');
      return;
    }
    const ask = (c: MediaStreamConstraints): Promise<StreamLike> => {
      try {
        return env.getUserMedia!(c);
      } catch (e) {
        return Promise.reject(e);
      }
    };
    const fallback = this.opts.fallback;
    ask(this.opts.constraints)
      .then(null, (e: unknown) => (fallback && problemOf(e) === 'noDevice' ? ask(fallback) : Promise.reject(e)))
      .then(
        (stream) => {
          if (gen !== this.generation || this.snap.state !== 'starting') {
            stopTracks(stream);
            return;
          }
          this.stream = stream;
          this.go('ready', { stream });
        },
        (e: unknown) => {
          if (gen === this.generation && this.snap.state === 'starting') this.fail(problemOf(e));
        },
      );
  }

  /** Takes the photo, or starts recording. */
  record(): void {
    const photo = this.opts.kind === 'photo';
    if (transition(this.snap.state, 'record', photo) === null) return;
    const gen = ++this.generation;
    if (photo) {
      this.go('record', { elapsed: 0, remaining: 0, limitReached: false });
      const capture = this.opts.capture ? this.opts.capture() : Promise.reject(new Error('no capture'));
      capture.then(
        (blob) => {
          if (gen === this.generation) this.go('saved', { result: { blob, type: blob.type || 'image/jpeg', seconds: 0 } });
        },
        () => {
          if (gen === this.generation) this.fail('failed');
        },
      );
      return;
    }
    const env = this.env;
    const wanted = chooseRecorderType(this.opts.kind === 'video' ? 'video' : 'audio', env.isTypeSupported);
    let recorder: RecorderLike;
    try {
      recorder = env.createRecorder!(this.stream!, wanted);
    } catch (_e) {
      try {
        recorder = env.createRecorder!(this.stream!);
      } catch (e2) {
        this.fail(problemOf(e2) === 'failed' ? 'unsupported' : problemOf(e2));
        return;
      }
    }
    this.chunks = [];
    recorder.ondataavailable = (ev) => {
      if (gen === this.generation && ev.data && ev.data.size) this.chunks.push(ev.data);
    };
    recorder.onerror = (ev) => {
      if (gen === this.generation) this.fail(problemOf((ev && (ev as { error?: unknown }).error) || ev));
    };
    recorder.onstop = () => {
      if (gen !== this.generation || this.snap.state !== 'saving') return;
      const type = fileType(recorder.mimeType || wanted, this.opts.kind === 'video' ? 'video' : 'audio');
      const blob = new Blob(this.chunks, { type });
      this.chunks = [];
      this.recorder = undefined;
      if (!blob.size) this.fail('failed');
      else this.go('saved', { result: { blob, type, seconds: this.seconds } });
    };
    try {
      recorder.start(1000);
    } catch (e) {
      this.fail(problemOf(e));
      return;
    }
    this.recorder = recorder;
    this.startedAt = env.now();
    this.go('record', { elapsed: 0, remaining: this.opts.limit, limitReached: false });
    this.tick();
  }

  /** Stops the recording; the result follows once the recorder delivered its data. */
  stop(limitReached?: boolean): void {
    if (this.snap.state !== 'recording') return;
    this.clearTimer();
    const limit = this.opts.limit;
    const seconds = limitReached ? limit : Math.min(limit, Math.max(0, this.env.now() - this.startedAt) / 1000);
    this.seconds = seconds;
    this.go('stop', { elapsed: Math.floor(seconds), remaining: Math.max(0, Math.ceil(limit - seconds)), limitReached: !!limitReached });
    const r = this.recorder;
    try {
      if (r) r.stop();
    } catch (_e) {
      this.fail('failed');
    }
  }

  /** Back to the live preview, dropping the result. */
  retake(): void {
    this.go('retake', { result: undefined, elapsed: 0, remaining: this.opts.limit, limitReached: false });
  }

  /** Hands the result over and turns the device off. */
  use(): MediaResult | undefined {
    const result = this.snap.result;
    if (this.snap.state !== 'recorded' || !result) return undefined;
    this.go('use', { result: undefined });
    return result;
  }

  /** The panel was left or the dialog closes: everything stops, nothing is kept. */
  leave(): void {
    this.go('leave', { result: undefined, problem: undefined });
  }

  destroy(): void {
    this.leave();
    this.destroyed = true;
  }

  private tick(): void {
    const clock = recordingClock(this.startedAt, this.env.now(), this.opts.limit);
    if (clock.over) {
      this.stop(true);
      return;
    }
    if (clock.elapsed !== this.snap.elapsed || clock.remaining !== this.snap.remaining) this.update({ elapsed: clock.elapsed, remaining: clock.remaining });
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      if (this.snap.state === 'recording') this.tick();
    }, nextTickIn(this.startedAt, this.env.now(), this.opts.limit));
  }

  private fail(problem: MediaProblem): void {
    this.go('fail', { problem, result: undefined });
  }

  /** Applies an event; returns false when it means nothing in the current state. */
  private go(event: MediaEvent, patch?: Partial<MediaSnapshot>): boolean {
    if (this.destroyed) return false;
    const next = transition(this.snap.state, event, this.opts.kind === 'photo');
    if (next === null) return false;
    if (!deviceOn(next)) this.release();
    const snap: MediaSnapshot = { ...this.snap, ...(patch || {}), state: next };
    if (!deviceOn(next)) snap.stream = undefined;
    if (next !== 'error') snap.problem = undefined;
    this.snap = snap;
    this.opts.onChange(snap, event);
    return true;
  }

  private update(patch: Partial<MediaSnapshot>): void {
    if (this.destroyed) return;
    this.snap = { ...this.snap, ...patch };
    this.opts.onChange(this.snap, 'tick');
  }

  private release(): void {
    this.generation++;
    this.clearTimer();
    const r = this.recorder;
    this.recorder = undefined;
    this.chunks = [];
    if (r) {
      r.ondataavailable = r.onstop = r.onerror = null;
      try {
        r.stop();
      } catch (_e) {
        // already inactive
      }
    }
    if (this.stream) stopTracks(this.stream);
    this.stream = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Stops every track of a stream (the camera light goes off). */
export function stopTracks(stream: StreamLike): void {
  const tracks = stream.getTracks();
  for (let i = 0; i < tracks.length; i++) {
    try {
      tracks[i].stop();
    } catch (_e) {
      // a track that cannot stop is already gone
    }
  }
}
