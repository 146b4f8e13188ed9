import { BatchSource, PickedFile, UploadBatch, UploadSource } from '../core/contracts';
import { isAbortError, isNetworkError, PREFIX } from '../core/errors';
import { isRetryableStatus } from '../core/http/retryPolicy';
import type { EditResult } from './editor';
import { FileList } from './fileList';
import { TextBinder } from './i18n/binder';
import { hasImageOptions, ImageOptions } from './imageOptions';
import { Report } from './report';
import { CLOUD_NAMES } from './services';
import { failureText, refusalOf } from './sources/cloud/failure';
import { Entry } from './state';

/** What the dialog decides about uploads (Uploads asks, the dialog answers). */
export interface UploadPolicy {
  /** Whether waiting files may start now (single mode, `backgroundUpload`, or after Done / Upload). */
  canStart(): boolean;
  /** Nobody can see the rows (`hide`): a failure ends the dialog with an error instead of a retry button. */
  hidden(): boolean;
  /** Ends the dialog with an error. */
  fail(error: Error): void;
  /** A file was stored. */
  stored(): void;
  /** A file failed (its row shows why and offers a retry). */
  failed(): void;
  /** The server refused a file (its row says so, without a retry): the call ends with `error`; the dialog stays to show why. */
  refused(error: Error): void;
}

/** A server answer that retrying cannot change (400 bad parameters, 403 refused, 404, 413 …); 408, 429 and 5xx can. */
export function isRefusal(err: unknown): boolean {
  return isNetworkError(err) && err.status >= 400 && err.status < 500 && !isRetryableStatus(err.status);
}

/** The text of an error without the library's `filepicker: ` prefix. */
export function messageOf(e: unknown): string {
  const m = String((e && (e as Error).message) || e || '');
  return m.indexOf(PREFIX) === 0 ? m.slice(PREFIX.length) : m;
}

/**
 * Why the entry's upload failed, for its row: a copy or link from a cloud source as the source's own listing failures
 * read (failure.ts: the provider limiting requests or not answering is a sentence of the dialog's language naming the
 * source); anything else the error's own text. Nothing for a cancelled upload.
 */
function reasonOf(binder: TextBinder, entry: Entry, err: unknown): string {
  if (isAbortError(err)) return '';
  return entry.cloud ? failureText(binder, CLOUD_NAMES[entry.client as keyof typeof CLOUD_NAMES] || entry.cloud.cloud, err, messageOf) : messageOf(err);
}

/** The image as the options ask (the on-demand `image` chunk, imageResize.ts); the file as it is when that cannot load. */
function resizeLater(file: UploadSource, image: ImageOptions, doc: Document): Promise<UploadSource> {
  return import(/* webpackChunkName: "image" */ './imageResize').then((m) => m.prepareImage(file, image, doc), () => file);
}

/**
 * The dialog's side of its upload batch: each entry of the list is an item of the batch, and what the batch reports
 * shows in the entry's row (and goes to the page's onProgress). Which file uploads when, the removal of unused copies
 * and the result are the batch's.
 */
export class Uploads {
  /** The files of the list as the page's queue sees them. */
  private batch: UploadBatch;

  /**
   * `image`: the resize options (local files and photos are prepared in their slot); `doc` does the resizing;
   * `binder`: the dialog's texts, for the failures it words itself.
   */
  constructor(batch: UploadBatch, private list: FileList, private report: Report, private policy: UploadPolicy, private image: ImageOptions | undefined, private doc: Document, private binder: TextBinder) {
    this.batch = batch;
  }

  /** Adds entries to the batch (they wait for `pump`). */
  track(entries: Entry[]): void {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      e.item = this.batch.add(this.sourceOf(e), { client: e.client, editable: e.editable }, this.eventsOf(e));
    }
  }

  /** Queues every waiting entry (in list order) when uploads may start; the page's queue starts them as slots free. */
  pump(): void {
    if (!this.policy.canStart()) return;
    const entries = this.list.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.status === 'waiting' && !e.needsCrop && e.item) this.batch.start(e.item);
    }
  }

  /** Retry pressed: a retry is an explicit request, it starts even when uploads otherwise wait for the Upload button. */
  retry(entry: Entry): void {
    if (entry.status !== 'failed' || entry.refused || !this.report.open) return;
    this.list.update(entry, { status: 'waiting', error: undefined, loaded: 0 });
    if (this.policy.canStart()) this.pump();
    else if (entry.item) this.batch.start(entry.item);
  }

  /** Removed from the list: cancelled, and its stored copies removed from storage. */
  remove(entry: Entry): void {
    if (entry.item) this.batch.remove(entry.item);
  }

  /** The editor's Save: the edited file replaces the entry's; a running or finished upload is redone. */
  edited(entry: Entry, result: EditResult): void {
    if (entry.item) this.batch.replace(entry.item, result.file, result.changes);
    const size = result.file.size || 0;
    this.list.update(entry, { file: result.file, size, total: size, loaded: 0, status: 'waiting', result: undefined, error: undefined, refused: undefined, retry: undefined, needsCrop: false, edits: result.changes });
  }

  /** The stored files, in list order. */
  result(): PickedFile[] {
    return this.batch.result();
  }

  /** Cancels what runs and removes what is not delivered from storage. */
  end(delivered: boolean): void {
    this.batch.end(delivered);
  }

  private sourceOf(e: Entry): BatchSource {
    if (e.client === 'url') return { kind: 'url', url: e.url! };
    if (e.client === 'customsource') return { kind: 'source', source: e.source! };
    if (e.cloud) return { kind: 'cloud', file: e.cloud, link: !!e.cloudLink };
    const image = this.image;
    const doc = this.doc;
    const prepare = (e.client === 'computer' || e.client === 'webcam') && hasImageOptions(image);
    return { kind: 'file', file: e.file!, prepare: prepare ? (f: UploadSource) => resizeLater(f, image!, doc) : undefined };
  }

  private eventsOf(entry: Entry): Parameters<UploadBatch['add']>[2] {
    const list = this.list;
    return {
      onStart: (preparing) => {
        list.update(entry, { status: preparing ? 'preparing' : 'uploading', loaded: 0, error: undefined, retry: undefined });
      },
      onUpload: (src) => {
        if (src && src !== entry.file) list.update(entry, { total: src.size });
        list.update(entry, { status: 'uploading' });
      },
      onProgress: (p) => {
        list.progress(entry, p.loaded, p.total);
        // an address's type and size are known only once the server has fetched it: reported then (onStored)
        if (entry.client !== 'url') this.report.progress(entry);
      },
      onRetry: (attempt, waitMs) => {
        list.update(entry, { status: 'retrying', retry: { attempt, seconds: Math.max(1, Math.ceil(waitMs / 1000)) } });
      },
      onStored: (stored) => {
        list.stored(entry, stored);
        if (entry.client === 'url') this.report.progress(entry);
        this.policy.stored();
      },
      onFailed: (err, refused) => {
        if (refused || this.policy.hidden()) {
          // nobody can see a retry button any more (or retrying cannot help): report the failure instead
          this.policy.fail(err instanceof Error ? err : new Error(PREFIX + messageOf(err)));
          return;
        }
        if (isRefusal(err)) {
          list.refused(entry, refusalOf(entry.name, err));
          this.policy.refused(err as Error);
          return;
        }
        list.failed(entry, reasonOf(this.binder, entry, err));
        this.policy.failed();
      },
    };
  }
}
