import { PickedFile, PickerCallbacks, PickerConfig, PickerSession, StoredFile, StoreOptions, UploadEvents, UploadSource, UploadTask, Uploader } from '../core/contracts';
import { isAbortError, PREFIX } from '../core/errors';
import { Listeners, removeNode } from './dom';
import { TextBinder } from './i18n/binder';
import { Translator } from './i18n/translator';
import { getLocale, loadLocale } from './i18n/registry';
import { fetchCustomText } from './i18n/customText';
import { isRtl, langTag, resolveLanguage } from './i18n/languages';
import { Host, openHost } from './host';
import { addStylesheetLink, applyStyles } from './styles';
import { planSources, unsupportedWarning } from './services';
import { buildView, select, View } from './view';
import { computerPanel, ComputerPanel } from './sources/computer';
import { urlPanel } from './sources/url';
import { listenForDrops } from './sources/dropTarget';
import { admit, Rejection } from './restrictions';
import { Entry, fileEntry, urlEntry } from './state';
import { FileList as Files } from './fileList';
import { focusableWithin, trapTab } from './focus';
import { hasImageOptions, ImageOptions } from './imageOptions';

/** At most this many files upload at the same time (the engine parallelizes the parts of each). */
export const MAX_PARALLEL_FILES = 3;

export interface Env {
  document: Document;
  window: Window;
}

function messageOf(e: unknown): string {
  const m = String((e && (e as Error).message) || e || '');
  return m.indexOf(PREFIX) === 0 ? m.slice(PREFIX.length) : m;
}

/** One open dialog: wires the view to the injected uploader and reports through the callbacks, exactly once. */
/** The image as the options ask (the on-demand `image` chunk, imageResize.ts); the file as it is when that cannot load. */
function resizeLater(file: UploadSource, image: ImageOptions, doc: Document): Promise<UploadSource> {
  return import(/* webpackChunkName: "image" */ './imageResize').then((m) => m.prepareImage(file, image, doc), () => file);
}

export class Session implements PickerSession {
  /** Set once a callback was chosen (or close() was called): nothing happens after that. */
  private ended = false;
  /** The user asked to finish (Done / Upload, or a single-mode selection): onDone fires when all are stored. */
  private finishing = false;
  private hidden = false;
  private host?: Host;
  private view?: View;
  private computer?: ComputerPanel;
  private list?: Files;
  private binder: TextBinder;
  private listeners = new Listeners();
  /** Removers of the stylesheet and the customCss link. */
  private cleanups: Array<() => void> = [];
  /** The page element that had focus before opening. */
  private previousFocus: Element | null;
  /** Increments per upload attempt so that callbacks of a cancelled attempt are ignored. */
  private tokens: { [id: number]: number } = {};

  constructor(private env: Env, private config: PickerConfig, private store: StoreOptions, private uploader: Uploader, private callbacks: PickerCallbacks) {
    const plan = planSources(config);
    const warning = unsupportedWarning(plan.unsupported);
    const console = (env.window as any).console as Console | undefined;
    if (warning && console) console.warn(warning);
    const nav = env.window.navigator as Navigator & { userLanguage?: string };
    const lang = resolveLanguage(config.language, nav && (nav.language || nav.userLanguage));
    this.binder = new TextBinder(new Translator(getLocale(lang)));
    this.previousFocus = env.document.activeElement;
    try {
      this.host = openHost(config.container, env.document, env.window, this.binder.t(config.multiple ? 'titleMultiple' : 'titleSingle'), () => {
        this.userClose();
      });
    } catch (e) {
      if ((e as Error).name === 'ValidationError') throw e;
      this.ended = true;
      env.window.setTimeout(() => {
        callbacks.onError(e as Error);
      }, 0);
      return;
    }
    this.build(plan.sources, plan.first, lang);
  }

  private build(sources: string[], first: string, lang: string): void {
    const host = this.host!;
    const doc = host.doc;
    const config = this.config;
    const L = this.listeners;
    this.cleanups.push(applyStyles(doc));
    if (config.customCss) this.cleanups.push(addStylesheetLink(doc, config.customCss));
    const panels: { [s: string]: HTMLElement } = {};
    for (let i = 0; i < sources.length; i++) {
      if (sources[i] === 'COMPUTER') {
        this.computer = computerPanel(doc, config, this.binder, L, (files) => {
          this.addFiles(files);
        });
        panels.COMPUTER = this.computer.panel;
      } else if (sources[i] === 'URL') {
        panels.URL = urlPanel(doc, this.binder, L, (url) => {
          this.addUrl(url);
        }, () => {
          this.showErrors([{ reason: 'type', key: 'urlInvalid', vars: {} }]);
        }).panel;
      }
    }
    const view = buildView(doc, config, this.binder, L, panels, sources);
    this.view = view;
    view.root.setAttribute('lang', langTag(lang));
    view.root.setAttribute('dir', isRtl(lang) ? 'rtl' : 'ltr');
    if (host.kind === 'window') {
      // the popup's document is ours: give it the language too
      doc.documentElement.setAttribute('lang', langTag(lang));
      doc.documentElement.setAttribute('dir', isRtl(lang) ? 'rtl' : 'ltr');
    }
    this.list = new Files(doc, this.binder, view, config.multiple, this.callbacks, {
      retry: (e) => {
        this.retry(e);
      },
      remove: (e) => {
        this.remove(e);
      },
    });
    select(view.tabs, first);
    host.mount.appendChild(view.root);

    L.on(view.close, 'click', () => {
      this.userClose();
    });
    L.on(view.primary, 'click', () => {
      this.finishRequested();
    });
    if (host.overlay) {
      // a click closes only when it also began on the backdrop (not a text selection dragged out of the dialog)
      let downOnBackdrop = false;
      L.on(host.overlay, 'mousedown', (e: MouseEvent) => {
        downOnBackdrop = e.target === host.overlay;
      });
      L.on(host.overlay, 'click', (e: MouseEvent) => {
        if (e.target === host.overlay && downOnBackdrop) this.userClose();
        downOnBackdrop = false;
      });
    }
    L.on(doc, 'keydown', (e: KeyboardEvent) => {
      if (this.hidden || this.ended) return;
      if (e.key === 'Escape' || e.key === 'Esc' || e.keyCode === 27) {
        e.preventDefault();
        this.userClose();
      } else if (e.key === 'Tab' || e.keyCode === 9) {
        trapTab(e, view.root);
      }
    });
    if (this.computer) {
      listenForDrops(host, view.root, L, config.folders && config.multiple, (files, folderRefused) => {
        if (!this.hidden) this.addFiles(files, folderRefused);
      });
    }
    L.on(host.win, 'beforeunload', () => {
      if (host.kind === 'window') this.userClose();
    });

    if (host.kind === 'window') host.win.focus();
    const tab = view.tabs[first];
    const target = first === 'COMPUTER' && this.computer ? this.computer.drop : focusableWithin(tab.panel)[0] || view.close;
    target.focus();

    loadLocale(lang, this.env.document).then((table) => {
      if (table && !this.ended) {
        this.binder.translator.setLocale(table);
        this.binder.refresh();
      }
    });
    if (config.customText) {
      fetchCustomText(config.customText, this.env.window).then((table) => {
        if (this.ended) return;
        this.binder.translator.setCustom(table);
        this.binder.refresh();
      });
    }
  }

  /** Files chosen, dropped or pasted. */
  addFiles(files: File[], folderRefused?: boolean): void {
    if (this.ended || this.finishing) return;
    const got = admit(this.config, this.list!.entries.length, files);
    const rejected: Rejection[] = got.rejected.slice();
    if (folderRefused) rejected.unshift({ reason: 'type', key: 'errorFolder', vars: {} });
    this.showErrors(rejected);
    const entries: Entry[] = [];
    for (let i = 0; i < got.accepted.length; i++) entries.push(fileEntry(got.accepted[i]));
    this.take(entries);
  }

  /** An address typed in the URL source. Its type and size are known only once the server fetched it. */
  addUrl(url: string): void {
    if (this.ended || this.finishing) return;
    const got = admit({ ...this.config, accept: { mimetypes: [], extensions: [] }, maxSize: undefined }, this.list!.entries.length, [{ name: url, type: '', size: 1 }]);
    this.showErrors(got.rejected);
    if (got.accepted.length) this.take([urlEntry(url)]);
  }

  private take(entries: Entry[]): void {
    if (!entries.length) return;
    this.list!.add(entries);
    if (!this.config.multiple) this.finishRequested();
    else this.pump();
  }

  private showErrors(rejected: Rejection[]): void {
    this.list!.showErrors(rejected);
  }

  /** Done / Upload pressed, or the single file chosen. */
  private finishRequested(): void {
    if (this.ended || !this.list!.canFinish()) return;
    this.finishing = true;
    this.list!.setFinishing();
    if (this.config.hide && this.host!.kind === 'modal') {
      this.hidden = true;
      this.host!.hide();
      this.restoreFocus();
    }
    this.pump();
    this.checkFinish();
  }

  private canStart(): boolean {
    return !this.config.multiple || this.config.backgroundUpload || this.finishing;
  }

  /** Starts waiting uploads while fewer than MAX_PARALLEL_FILES run. */
  private pump(): void {
    if (this.ended || !this.canStart()) return;
    const entries = this.list!.entries;
    let running = 0;
    for (let i = 0; i < entries.length; i++) {
      const s = entries[i].status;
      if (s === 'preparing' || s === 'uploading' || s === 'retrying') running++;
    }
    for (let i = 0; i < entries.length && running < MAX_PARALLEL_FILES; i++) {
      if (entries[i].status === 'waiting') {
        running++;
        this.start(entries[i]);
      }
    }
  }

  private start(entry: Entry): void {
    const token = (this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1);
    const list = this.list!;
    const current = (): boolean => {
      return !this.ended && this.tokens[entry.id] === token && list.has(entry);
    }
    const image = this.config.image;
    const prepare = entry.client === 'computer' && entry.file && hasImageOptions(image);
    list.update(entry, { status: prepare ? 'preparing' : 'uploading', loaded: 0, error: undefined, retry: undefined });
    const ready: Promise<UploadSource | undefined> = prepare ? resizeLater(entry.file!, image!, this.host!.doc) : Promise.resolve(entry.file);
    ready.then((src) => {
      if (!current()) return;
      if (src && src !== entry.file) list.update(entry, { total: src.size });
      list.update(entry, { status: 'uploading' });
      const events: UploadEvents = {
        onProgress: (p) => {
          if (current()) list.progress(entry, p.loaded, p.total);
        },
        onRetry: (attempt, waitMs) => {
          if (current()) list.update(entry, { status: 'retrying', retry: { attempt, seconds: Math.max(1, Math.ceil(waitMs / 1000)) } });
        },
      };
      let task: UploadTask;
      try {
        task = entry.client === 'url' ? this.uploader.storeUrl(entry.url!, this.store, events) : this.uploader.upload(src!, this.store, events);
      } catch (e) {
        this.fail(e as Error);
        return;
      }
      entry.task = task;
      task.promise.then(
        (stored: StoredFile) => {
          if (!current()) return;
          entry.task = undefined;
          list.stored(entry, stored);
          this.pump();
          this.checkFinish();
        },
        (err: unknown) => {
          if (!current()) return;
          entry.task = undefined;
          if (this.hidden) {
            // nobody can see a retry button any more: report the failure instead
            this.fail(err instanceof Error ? err : new Error(PREFIX + messageOf(err)));
            return;
          }
          this.finishing = false;
          list.failed(entry, isAbortError(err) ? '' : messageOf(err));
          this.pump();
        },
      );
    });
  }

  private retry(entry: Entry): void {
    if (this.ended || entry.status !== 'failed') return;
    this.list!.update(entry, { status: 'waiting', error: undefined, loaded: 0 });
    // a retry is an explicit request: it starts even when uploads otherwise wait for the Upload button
    if (this.canStart()) this.pump();
    else this.start(entry);
  }

  private remove(entry: Entry): void {
    if (this.ended) return;
    this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1;
    if (entry.task) entry.task.cancel();
    entry.task = undefined;
    this.list!.remove(entry, this.computer ? this.computer.drop : this.view!.close);
    this.pump();
    this.checkFinish();
  }

  private checkFinish(): void {
    if (this.ended || !this.list!.allDone()) return;
    if (this.config.multiple && !this.finishing) return;
    const files: PickedFile[] = [];
    const entries = this.list!.entries;
    for (let i = 0; i < entries.length; i++) files.push({ ...(entries[i].result as StoredFile), client: entries[i].client });
    this.end();
    this.callbacks.onDone(files);
  }

  /** The user closed the dialog: uploads are cancelled and onCancel is called. */
  userClose(): void {
    if (this.ended) return;
    this.end();
    this.callbacks.onCancel();
  }

  /** PickerSession.close(): removes the dialog, cancels uploads, calls nothing. */
  close(): void {
    if (this.ended) return;
    this.end();
  }

  private fail(error: Error): void {
    if (this.ended) return;
    this.end();
    this.callbacks.onError(error);
  }

  private end(): void {
    this.ended = true;
    const entries = this.list ? this.list.entries : [];
    for (let i = 0; i < entries.length; i++) {
      const t = entries[i].task;
      entries[i].task = undefined;
      if (t) t.cancel();
    }
    this.listeners.removeAll();
    if (this.view) removeNode(this.view.root);
    if (this.host) this.host.destroy();
    for (let i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
    this.cleanups = [];
    if (!this.hidden) this.restoreFocus();
  }

  private restoreFocus(): void {
    const p = this.previousFocus as HTMLElement | null;
    if (p && typeof p.focus === 'function' && this.env.document.documentElement.contains(p)) p.focus();
  }
}
