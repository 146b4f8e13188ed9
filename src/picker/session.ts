import { PickedFile, PickerCallbacks, PickerConfig, PickerSession, SourceFile, StoredFile, StoreOptions, UploadEvents, UploadSource, UploadTask, Uploader } from '../core/contracts';
import { isAbortError, PREFIX } from '../core/errors';
import { Listeners, removeNode } from './dom';
import { Announcer } from './announcer';
import { TextBinder } from './i18n/binder';
import { Translator } from './i18n/translator';
import { getLocale, loadLocale } from './i18n/registry';
import { fetchCustomText } from './i18n/customText';
import { isRtl, langTag, resolveLanguage } from './i18n/languages';
import { Host, openHost } from './host';
import { addStylesheetLink, applyStyles } from './styles';
import { needConvertWarning, planSources, unsupportedWarning } from './services';
import { EditReason, Editing, isEditable } from './editing';
import type { EditResult } from './editor';
import { buildView, select, View } from './view';
import { computerPanel, ComputerPanel } from './sources/computer';
import { urlPanel } from './sources/url';
import { listenForDrops } from './sources/dropTarget';
import { admit, Rejection } from './restrictions';
import { Entry, fileEntry, sourceEntry, urlEntry } from './state';
import { CustomTab } from './customTab';
import { FileList as Files } from './fileList';
import { focusableWithin } from './focus';
import { Modal } from './Modal';
import { hasImageOptions, ImageOptions } from './imageOptions';
import { MEDIA_SOURCES, MediaTabs } from './mediaTabs';

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

/** The stored copies of an entry: its result, if any, and the ones an edit superseded. */
function storedCopies(entry: Entry): StoredFile[] {
  const out = entry.superseded ? entry.superseded.slice() : [];
  if (entry.result) out.push(entry.result);
  return out;
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
  /** The WEBCAM / VIDEO / AUDIO tabs, when listed. */
  private media?: MediaTabs;
  /** The CUSTOMSOURCE tab, when listed. */
  private custom?: CustomTab;
  private list?: Files;
  private binder: TextBinder;
  private listeners = new Listeners();
  /** Removers of the stylesheet and the customCss link. */
  private cleanups: Array<() => void> = [];
  /** The page element that had focus before opening. */
  private previousFocus: Element | null;
  /** Holds keys and focus in the dialog and gives focus back to previousFocus. */
  private modal?: Modal;
  /** Increments per upload attempt so that callbacks of a cancelled attempt are ignored. */
  private tokens: { [id: number]: number } = {};
  /** The image editor is on (CONVERT among the services). */
  private convert = false;
  /** Opens the editor for one image at a time (loaded on demand). */
  private editing?: Editing;
  /** A failed discard was reported (once per dialog). */
  private discardWarned = false;

  constructor(private env: Env, private config: PickerConfig, private store: StoreOptions, private uploader: Uploader, private callbacks: PickerCallbacks) {
    const plan = planSources(config);
    const console = (env.window as any).console as Console | undefined;
    const warnings = [unsupportedWarning(plan.unsupported), needConvertWarning(plan.needConvert)];
    for (let i = 0; i < warnings.length; i++) if (warnings[i] && console) console.warn(warnings[i]);
    this.convert = plan.convert || !!config.editFile;
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
    const announcer = new Announcer(doc);
    for (let i = 0; i < sources.length; i++) {
      if (MEDIA_SOURCES.indexOf(sources[i]) >= 0) {
        if (!this.media) {
          this.media = new MediaTabs({ doc, win: host.win, config, binder: this.binder, announcer, onFile: (file, client) => {
            this.addFiles([file], false, client as Entry['client']);
          } });
        }
        panels[sources[i]] = this.media.placeholder(sources[i]);
      } else if (sources[i] === 'COMPUTER') {
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
      } else if (sources[i] === 'CUSTOMSOURCE') {
        const custom = new CustomTab({
          doc, win: host.win, config, binder: this.binder, listeners: L, uploader: this.uploader, announcer, messageOf,
          onPick: (files) => this.addSourceFiles(files),
          alive: () => !this.ended,
        });
        this.custom = custom;
        this.cleanups.push(() => {
          custom.destroy();
        });
        panels.CUSTOMSOURCE = custom.mount;
      }
    }
    const view = buildView(doc, config, this.binder, L, panels, sources, announcer, (s) => {
      if (this.media) this.media.show(s);
    });
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
      edit: (e) => {
        // in single mode the upload starts at once: editing it is still allowed, and its Save uploads again
        if (!this.ended && (!this.finishing || !config.multiple) && e.editable && this.editing) this.editing.open(e, 'edit');
      },
    });
    this.editing = new Editing(doc, this.binder, view, config, {
      saved: (e, result, reason) => {
        this.edited(e, result, reason);
      },
      cancelled: (e, reason) => {
        if (reason === 'process') this.userClose();
        else if (reason === 'force') this.remove(e);
        this.focusRow(e);
        this.checkFinish();
      },
      failed: (e, reason) => {
        if (reason === 'process') return this.fail(new Error(PREFIX + 'the image could not be opened in the editor'));
        this.showErrors([{ reason: 'type', key: 'editorFailed', vars: {} }]);
        if (reason === 'force') this.remove(e);
      },
    });
    select(view.tabs, first);
    host.mount.appendChild(view.root);
    if (this.media) this.media.show(first, true);
    if (this.custom && view.tabs.CUSTOMSOURCE) {
      const custom = this.custom;
      L.on(view.tabs.CUSTOMSOURCE.button, 'click', () => {
        custom.load(false, view.root);
      });
    }

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
    const modal = new Modal(view.root, {
      labelledBy: view.title.id,
      returnFocus: this.previousFocus,
      onEscape: () => {
        if (!this.editing || !this.editing.escape()) this.userClose();
      },
    });
    this.modal = modal;
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
    if (first === 'CUSTOMSOURCE' && this.custom && config.customSourceContainer) {
      // the dialog holds focus until the panel's code has loaded, then the list takes it
      modal.show(view.root);
      this.custom.load(true, view.root);
    } else {
      const target = first === 'COMPUTER' && this.computer ? this.computer.drop : focusableWithin(tab.panel)[0] || view.close;
      // a media tab being loaded has already put focus on its loading line
      modal.show(this.media && MEDIA_SOURCES.indexOf(first) >= 0 && tab.panel.contains(doc.activeElement) ? null : target);
    }
    if (config.editFile) {
      // processImage: the editor is the dialog; the file list shows the upload after Save
      if (this.computer) this.computer.panel.setAttribute('hidden', '');
      const entry = this.editableEntry(config.editFile);
      entry.needsCrop = true;
      this.list.add([entry]);
      this.editing.open(entry, 'process');
    }

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
  addFiles(files: File[], folderRefused?: boolean, client?: Entry['client']): void {
    if (this.ended || this.finishing) return;
    const got = admit(this.config, this.list!.entries.length, files);
    const rejected: Rejection[] = got.rejected.slice();
    if (folderRefused) rejected.unshift({ reason: 'type', key: 'errorFolder', vars: {} });
    this.showErrors(rejected);
    const entries: Entry[] = [];
    for (let i = 0; i < got.accepted.length; i++) entries.push(this.editableEntry(got.accepted[i], client));
    this.take(entries);
    // cropForce (not with hide): each image waits for the editor, one after the other
    for (let i = 0; i < entries.length; i++) if (entries[i].needsCrop) this.editing!.open(entries[i], 'force');
  }

  /** An entry for a local file, marked editable (and held for cropping with `cropForce`) when the editor is on. */
  private editableEntry(file: File | UploadSource, client?: Entry['client']): Entry {
    const entry = fileEntry(file, client);
    if (this.convert && isEditable(file)) {
      entry.editable = true;
      if (this.config.crop && this.config.crop.force && !this.config.hide) entry.needsCrop = true;
    }
    return entry;
  }

  /** The editor's Save: the edited file replaces the entry's; a running or finished upload is cancelled and redone. */
  private edited(entry: Entry, result: EditResult, reason: EditReason): void {
    if (this.ended || !this.list!.has(entry)) return;
    this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1;
    const task = entry.task;
    entry.task = undefined;
    if (task) task.cancel();
    // the copy stored before the edit stays until the edited copy is stored, then it is removed from storage
    if (entry.result) entry.superseded = (entry.superseded || []).concat([entry.result]);
    const size = result.file.size || 0;
    this.list!.update(entry, { file: result.file, size, total: size, loaded: 0, status: 'waiting', result: undefined, error: undefined, retry: undefined, needsCrop: false, edits: result.changes });
    this.focusRow(entry);
    if (!this.config.multiple || reason === 'process') this.finishRequested();
    else this.pump();
  }

  private focusRow(entry: Entry): void {
    const target = this.list!.editButton(entry) || (this.computer ? this.computer.drop : this.view!.close);
    target.focus();
  }

  /** Files chosen in the custom source: restrictions apply to their listed type and size before anything is copied. */
  addSourceFiles(files: SourceFile[]): boolean {
    const container = this.config.customSourceContainer;
    if (this.ended || this.finishing || !container) return false;
    const candidates: Array<{ name: string; type: string; size: number; file: SourceFile }> = [];
    for (let i = 0; i < files.length; i++) candidates.push({ name: files[i].name, type: files[i].mimetype, size: files[i].size, file: files[i] });
    const got = admit(this.config, this.list!.entries.length, candidates);
    this.showErrors(got.rejected);
    const entries: Entry[] = [];
    for (let i = 0; i < got.accepted.length; i++) entries.push(sourceEntry(container, got.accepted[i].file));
    this.take(entries);
    return entries.length > 0;
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
      if (this.modal) this.modal.hide();
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
      if (entries[i].status === 'waiting' && !entries[i].needsCrop) {
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
    const prepare = (entry.client === 'computer' || entry.client === 'webcam') && entry.file && hasImageOptions(image);
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
        if (entry.client === 'url') task = this.uploader.storeUrl(entry.url!, this.store, events);
        else if (entry.client === 'customsource') task = this.uploader.storeFromSource(entry.source!, this.store, events);
        else task = this.uploader.upload(src!, this.store, events);
      } catch (e) {
        this.fail(e as Error);
        return;
      }
      entry.task = task;
      task.promise.then(
        (stored: StoredFile) => {
          if (!current()) {
            // stored although it was cancelled meanwhile: not a result, so it must not stay in storage
            this.discard([stored]);
            return;
          }
          entry.task = undefined;
          list.stored(entry, stored);
          this.discard(entry.superseded);
          entry.superseded = undefined;
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
    this.discard(storedCopies(entry));
    if (this.editing) this.editing.drop(entry);
    this.list!.remove(entry, this.computer ? this.computer.drop : this.view!.close);
    this.pump();
    this.checkFinish();
  }

  private checkFinish(): void {
    if (this.ended || !this.list!.allDone()) return;
    // an upload that ends while its image is open in the editor is not the result yet
    if (this.editing && this.editing.active) return;
    if (this.config.multiple && !this.finishing) return;
    const files: PickedFile[] = [];
    const entries = this.list!.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const file: PickedFile = { ...(e.result as StoredFile), client: e.client };
      // v2's Blob says `cropped` for images its editor could open, and `rotated` / `converted` once edited
      if (e.edits) {
        file.cropped = e.edits.cropped;
        file.rotated = e.edits.rotated;
        file.converted = e.edits.converted;
      } else if (e.editable) file.cropped = false;
      files.push(file);
    }
    this.end(true);
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

  /**
   * Ends the dialog: cancels running uploads and removes from storage every copy that is not in the result
   * (`delivered`: onDone returns the entries' results; otherwise nothing is returned and all of them go).
   */
  private end(delivered?: boolean): void {
    this.ended = true;
    if (this.editing) this.editing.destroy();
    const entries = this.list ? this.list.entries : [];
    for (let i = 0; i < entries.length; i++) {
      const t = entries[i].task;
      entries[i].task = undefined;
      if (t) t.cancel();
      this.discard(delivered ? entries[i].superseded : storedCopies(entries[i]));
      entries[i].superseded = undefined;
    }
    if (this.media) this.media.destroy();
    this.listeners.removeAll();
    if (this.view) removeNode(this.view.root);
    if (this.host) this.host.destroy();
    for (let i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
    this.cleanups = [];
    if (this.modal) this.modal.destroy();
  }

  /**
   * Removes copies from storage through the uploader. A failure (e.g. the policy does not allow `remove`) does not
   * change the pick: it is reported once per dialog with console.warn (never with the policy or signature).
   */
  private discard(copies: StoredFile[] | undefined): void {
    if (!copies) return;
    for (let i = 0; i < copies.length; i++) {
      const copy = copies[i];
      let done: Promise<void>;
      try {
        done = this.uploader.discard(copy);
      } catch (e) {
        done = Promise.reject(e);
      }
      done.then(undefined, (e: unknown) => {
        const console = (this.env.window as any).console as Console | undefined;
        if (this.discardWarned || !console) return;
        this.discardWarned = true;
        console.warn(PREFIX + 'could not remove the unused copy ' + copy.handle + ' (' + copy.filename + ') from storage: ' + messageOf(e));
      });
    }
  }
}
