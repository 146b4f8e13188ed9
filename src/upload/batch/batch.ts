import { BatchItem, BatchItemEvents, BatchItemInfo, BatchSource, PickedFile, StoredFile, StoreOptions, Uploader, UploadBatch, UploadEvents, UploadSource, UploadTask } from '../../core/contracts';
import { Discarder } from './discarder';

/** The slots a batch draws on (the page's FileQueue). */
export interface Slots {
  acquire(grant: (release: () => void) => void): () => void;
}

/** One item and where it stands. */
interface Item extends BatchItem {
  source: BatchSource;
  info: BatchItemInfo;
  events: BatchItemEvents;
  /** Counts the item's runs: events of an older (cancelled, replaced) run are ignored. */
  run: number;
  /** Leaves the queue while the item waits there. */
  withdraw?: () => void;
  /** Gives the slot back while the item holds one (being prepared or uploading). */
  release?: () => void;
  task?: UploadTask;
  /** The stored copy that is the item's result. */
  result?: StoredFile;
  /** Copies stored for the item that are no longer its result (an edit was saved after they were stored). */
  superseded: StoredFile[];
}

let nextId = 1;

/** The file a source uploads, once prepared (the file itself when preparing fails to load). */
function prepared(source: BatchSource): Promise<UploadSource | undefined> {
  if (source.kind !== 'file') return Promise.resolve(undefined);
  return source.prepare ? source.prepare(source.file) : Promise.resolve(source.file);
}

/** The files of one pick or one drop, uploaded through the page's queue (see `UploadBatch` in src/core/contracts.ts). */
export class Batch implements UploadBatch {
  /** The items, in the order added (the result's order). */
  private items: Item[] = [];
  /** Set by `end`: nothing starts or reports after it. */
  private ended = false;
  /** Removes the copies that are not part of the result. */
  private discarder: Discarder;

  /** Files are stored with `uploader` and `store`, one per slot of `slots`; `warn` gets a failed removal's message. */
  constructor(private slots: Slots, private uploader: Uploader, private store: StoreOptions, warn?: (message: string) => void) {
    this.discarder = new Discarder(uploader, warn);
  }

  add(source: BatchSource, info: BatchItemInfo, events: BatchItemEvents): BatchItem {
    const item: Item = { id: nextId++, source, info, events, run: 0, superseded: [] };
    if (!this.ended) this.items.push(item);
    return item;
  }

  start(handle: BatchItem): void {
    const item = this.find(handle);
    if (!item || this.ended || this.busy(item)) return;
    const run = ++item.run;
    let granted = false;
    const withdraw = this.slots.acquire((release) => {
      granted = true;
      item.withdraw = undefined;
      item.release = release;
      this.run(item, run);
    });
    if (!granted) item.withdraw = withdraw;
  }

  busy(handle: BatchItem): boolean {
    const item = this.find(handle);
    return !!item && !!(item.withdraw || item.release);
  }

  replace(handle: BatchItem, file: UploadSource, edits: BatchItemInfo['edits']): void {
    const item = this.find(handle);
    if (!item || this.ended) return;
    this.stop(item);
    // the copy stored before the edit stays until the edited copy is stored, then it is removed from storage
    if (item.result) item.superseded.push(item.result);
    item.result = undefined;
    const prepare = item.source.kind === 'file' ? item.source.prepare : undefined;
    item.source = { kind: 'file', file, prepare };
    item.info.edits = edits;
  }

  remove(handle: BatchItem): void {
    const item = this.find(handle);
    if (!item || this.ended) return;
    this.stop(item);
    this.items.splice(this.items.indexOf(item), 1);
    this.discarder.discard(copiesOf(item, true));
  }

  result(): PickedFile[] {
    const files: PickedFile[] = [];
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i];
      if (!item.result) continue;
      const file: PickedFile = { ...item.result, client: item.info.client };
      // v2's Blob says `cropped` for images its editor could open, and `rotated` / `converted` once edited
      const edits = item.info.edits;
      if (edits) {
        file.cropped = edits.cropped;
        file.rotated = edits.rotated;
        file.converted = edits.converted;
      } else if (item.info.editable) file.cropped = false;
      files.push(file);
    }
    return files;
  }

  end(delivered: boolean): void {
    if (this.ended) return;
    this.ended = true;
    const items = this.items;
    this.items = [];
    for (let i = 0; i < items.length; i++) {
      this.stop(items[i]);
      this.discarder.discard(copiesOf(items[i], !delivered));
    }
  }

  private find(handle: BatchItem): Item | undefined {
    for (let i = 0; i < this.items.length; i++) if (this.items[i].id === handle.id) return this.items[i];
    return undefined;
  }

  /** Ends the item's current run: out of the queue, its upload cancelled, its slot free for the next file. */
  private stop(item: Item): void {
    item.run++;
    const withdraw = item.withdraw;
    const release = item.release;
    const task = item.task;
    item.withdraw = item.release = item.task = undefined;
    if (withdraw) withdraw();
    if (task) task.cancel();
    if (release) release();
  }

  /** Whether `run` is still the item's current run (not cancelled, replaced, removed, nor the batch ended). */
  private live(item: Item, run: number): boolean {
    return !this.ended && item.run === run && this.items.indexOf(item) >= 0;
  }

  /** Gives the slot back (once) after the item's events ran. */
  private free(item: Item, run: number): void {
    if (item.run !== run || !item.release) return;
    const release = item.release;
    item.release = undefined;
    release();
  }

  /** The item has a slot: prepares the file when asked, then uploads it. */
  private run(item: Item, run: number): void {
    const source = item.source;
    const preparing = source.kind === 'file' && !!source.prepare;
    if (item.events.onStart) item.events.onStart(preparing);
    prepared(source).then(
      (file) => {
        if (this.live(item, run)) this.upload(item, run, file);
      },
      (err: unknown) => {
        if (!this.live(item, run)) return;
        try {
          if (item.events.onFailed) item.events.onFailed(err, false);
        } finally {
          this.free(item, run);
        }
      },
    );
  }

  private upload(item: Item, run: number, file: UploadSource | undefined): void {
    const on = item.events;
    if (on.onUpload) on.onUpload(file);
    if (!this.live(item, run)) return;
    const events: UploadEvents = {
      onProgress: (p) => {
        if (this.live(item, run) && on.onProgress) on.onProgress(p);
      },
      onRetry: (attempt, waitMs) => {
        if (this.live(item, run) && on.onRetry) on.onRetry(attempt, waitMs);
      },
    };
    let task: UploadTask;
    try {
      const s = item.source;
      if (s.kind === 'url') task = this.uploader.storeUrl(s.url, this.store, events);
      else if (s.kind === 'source') task = this.uploader.storeFromSource(s.source, this.store, events);
      else if (s.kind === 'cloud') task = s.link ? this.uploader.cloud.link(s.file, events) : this.uploader.cloud.store(s.file, this.store, events);
      else task = this.uploader.upload(file || s.file, this.store, events);
    } catch (e) {
      try {
        if (on.onFailed) on.onFailed(e, true);
      } finally {
        this.free(item, run);
      }
      return;
    }
    item.task = task;
    task.promise.then((stored) => this.stored(item, run, stored), (err: unknown) => this.failed(item, run, err));
  }

  private stored(item: Item, run: number, stored: StoredFile): void {
    if (!this.live(item, run)) {
      // stored although it was cancelled meanwhile: not a result, so it must not stay in storage
      this.discarder.discard([stored]);
      return;
    }
    item.task = undefined;
    item.result = stored;
    const superseded = item.superseded;
    item.superseded = [];
    this.discarder.discard(superseded);
    try {
      if (item.events.onStored) item.events.onStored(stored);
    } finally {
      this.free(item, run);
    }
  }

  private failed(item: Item, run: number, err: unknown): void {
    if (!this.live(item, run)) return;
    item.task = undefined;
    try {
      if (item.events.onFailed) item.events.onFailed(err, false);
    } finally {
      this.free(item, run);
    }
  }
}

/** The item's stored copies to remove: the superseded ones, and its result too when it is not delivered. */
function copiesOf(item: Item, withResult: boolean): StoredFile[] {
  const out = item.superseded.slice();
  if (withResult && item.result) out.push(item.result);
  item.superseded = [];
  return out;
}
