import { SourceFile } from '../../../core/contracts';
import { makeThumbnail } from '../../thumbnail';

/** Fetches a file's thumbnail bytes (the cloud API's `thumbnail`); `signal` cancels the request. */
export type FetchThumbnail = (file: SourceFile, signal?: AbortSignal) => Promise<Blob>;

/** Thumbnails fetched at once; the others wait their turn. */
const PARALLEL = 3;
/** Thumbnail bytes kept (by path) for rows scrolled out and back, and for folders opened again. */
const KEPT = 300;

/** One row's request: the file, where its canvas goes, and its request while it runs. */
interface Job {
  file: SourceFile;
  show: (canvas: HTMLCanvasElement) => void;
  /** The row left the window, or the folder changed. */
  cancelled: boolean;
  /** Aborts the running request (where the browser has AbortController). */
  abort?: () => void;
}

/**
 * Loads the thumbnails of the rows in view: at most PARALLEL requests at once, first asked first served; a row that
 * leaves the window cancels its request (aborted when running), and `cancelAll` (a new folder) cancels them all. Each
 * image is decoded off the main thread and drawn on a canvas (thumbnail.ts: no `blob:` or `data:` image URL, which a
 * strict CSP refuses). A failed thumbnail is not asked again while the panel lives: its row keeps its icon, silently.
 */
export class ThumbLoader {
  /** Requests waiting for a free slot, in order. */
  private waiting: Job[] = [];
  /** How many requests run. */
  private running = 0;
  /** The running requests (so that cancelAll reaches them). */
  private live: Job[] = [];
  /** Bytes of thumbnails fetched, by path, oldest first (bounded by KEPT). */
  private kept: { [path: string]: Blob } = {};
  private keptOrder: string[] = [];
  /** Paths whose thumbnail failed. */
  private failed: { [path: string]: true } = {};

  constructor(private doc: Document, private fetchThumb: FetchThumbnail, private parallel = PARALLEL) {}

  /** Asks for `file`'s thumbnail; `show` gets the canvas once drawn. Returns the request's cancel. */
  request(file: SourceFile, show: (canvas: HTMLCanvasElement) => void): () => void {
    const job: Job = { file, show, cancelled: false };
    const cancel = (): void => {
      if (job.cancelled) return;
      job.cancelled = true;
      if (job.abort) job.abort();
    };
    if (this.failed[file.path]) return cancel;
    const blob = this.kept[file.path];
    if (blob) {
      this.draw(job, blob);
      return cancel;
    }
    this.waiting.push(job);
    this.pump();
    return cancel;
  }

  /** Cancels every request, waiting or running (the folder changed). */
  cancelAll(): void {
    const all = this.waiting;
    this.waiting = [];
    for (let i = 0; i < all.length; i++) all[i].cancelled = true;
    this.abortRunning();
  }

  private abortRunning(): void {
    const live = this.live;
    for (let i = 0; i < live.length; i++) {
      live[i].cancelled = true;
      const abort = live[i].abort;
      if (abort) abort();
    }
  }

  private pump(): void {
    while (this.running < this.parallel && this.waiting.length) {
      const job = this.waiting.shift() as Job;
      if (!job.cancelled) this.start(job);
    }
  }

  private start(job: Job): void {
    this.running++;
    this.live.push(job);
    const Ctl = (this.doc.defaultView as unknown as { AbortController?: typeof AbortController } | null)?.AbortController;
    const ctl = Ctl ? new Ctl() : undefined;
    if (ctl) job.abort = () => ctl.abort();
    let p: Promise<Blob>;
    try {
      p = this.fetchThumb(job.file, ctl ? ctl.signal : undefined);
    } catch (e) {
      p = Promise.reject(e);
    }
    const done = (): void => {
      this.running--;
      const k = this.live.indexOf(job);
      if (k >= 0) this.live.splice(k, 1);
      this.pump();
    };
    p.then((blob) => {
      this.keep(job.file.path, blob);
      done();
      if (!job.cancelled) this.draw(job, blob);
    }, () => {
      // a cancelled request is no failure: asked again when its row comes back
      if (!job.cancelled) this.failed[job.file.path] = true;
      done();
    });
  }

  private keep(path: string, blob: Blob): void {
    if (!this.kept[path]) this.keptOrder.push(path);
    this.kept[path] = blob;
    while (this.keptOrder.length > KEPT) delete this.kept[this.keptOrder.shift() as string];
  }

  private draw(job: Job, blob: Blob): void {
    const alive = (): boolean => !job.cancelled;
    void makeThumbnail(this.doc, blob, alive, job.show);
  }
}
