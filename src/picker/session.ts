import { PickedFolder, PickerCallbacks, PickerConfig, PickerSession, SourceFile, StoreOptions, Uploader, UploadQueue, UploadSource } from '../core/contracts';
import { PREFIX } from '../core/errors';
import { Listeners, removeNode } from './dom';
import { Announcer } from './announcer';
import { TextBinder } from './i18n/binder';
import { Translator } from './i18n/translator';
import { getLocale } from './i18n/registry';
import { loadTexts } from './i18n/loadTexts';
import { isRtl, langTag, resolveLanguage } from './i18n/languages';
import { Host, openHost } from './host';
import { addStylesheetLink, applyStyles } from './styles';
import { needConvertWarnings, planSources, unsupportedWarnings } from './services';
import { EditReason, Editing } from './editing';
import type { EditResult } from './editor';
import { buildView, select, View } from './view';
import { leaveOutTab } from './leaveOutTab';
import { askOffered } from './offeredTabs';
import { Rejection } from './restrictions';
import { CloudName, Entry } from './state';
import { editableEntry, fileIntake, sourceIntake, urlIntake } from './intake';
import { FileList as Files } from './fileList';
import { buildSourcePanels, SourcePanels } from './sourcePanels';
import { focusFirst, wireChrome } from './chrome';
import { Modal } from './Modal';
import { Report } from './report';
import { Uploads } from './uploads';

export interface Env {
  document: Document;
  window: Window;
}

/** The page's console, when it has one. */
function consoleOf(win: Window): Console | undefined {
  return (win as Window & { console?: Console }).console;
}

/**
 * One open dialog: the controller of its UI. Files the user adds become entries of the list and items of the
 * dialog's upload batch (which decides when each uploads, removes unused copies and assembles the result); the
 * outcome goes to the page through one Report, exactly once.
 */
export class Session implements PickerSession {
  /** Set once the outcome was decided (or close() was called): nothing happens after that. */
  private ended = false;
  /** The user asked to finish (Done / Upload, or a single-mode selection): onDone fires when all are stored. */
  private finishing = false;
  /** The modal is hidden while uploads go on (`hide: true` after Done). */
  private hidden = false;
  /** Where the dialog lives (modal, popup, iframe). */
  private host?: Host;
  /** The dialog's fixed parts. */
  private view?: View;
  /** The source panels the dialog talks to (computer, media tabs, custom source). */
  private parts: SourcePanels = { panels: {}, lazy: {} };
  /** The selected files and their rows. */
  private list?: Files;
  /** The upload side of the list (the batch). */
  private uploads?: Uploads;
  /** The texts of the dialog, in its language. */
  private binder: TextBinder;
  /** Every DOM listener the dialog added (removed at the end). */
  private listeners = new Listeners();
  /** Removers of the stylesheet, the customCss link and the custom source tab. */
  private cleanups: Array<() => void> = [];
  /** The page element that had focus before opening. */
  private previousFocus: Element | null;
  /** Holds keys and focus in the dialog and gives focus back to previousFocus (created in build). */
  private modal?: Modal;
  /** The image editor is on (CONVERT among the services). */
  private convert = false;
  /** Opens the editor for one image at a time (loaded on demand). */
  private editing?: Editing;
  /** The one channel to the page's callbacks. */
  private report: Report;

  /** `queue`: the page's file queue, which the dialog's batch draws its upload slots from. */
  constructor(private env: Env, private config: PickerConfig, store: StoreOptions, private uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue) {
    this.report = new Report(callbacks);
    const plan = planSources(config);
    const console = consoleOf(env.window);
    const warnings = unsupportedWarnings(plan.unsupported).concat(needConvertWarnings(plan.needConvert));
    for (let i = 0; i < warnings.length; i++) if (console) console.warn(warnings[i]);
    this.convert = plan.convert || !!config.editFile;
    const nav = env.window.navigator as Navigator & { userLanguage?: string };
    const lang = resolveLanguage(config.language, nav && (nav.language || nav.userLanguage));
    this.binder = new TextBinder(new Translator(getLocale(lang), undefined, lang));
    this.previousFocus = env.document.activeElement;
    try {
      this.host = openHost(config.container, env.document, env.window, this.binder.t(config.folderMode ? 'chooseFolder' : config.multiple ? 'titleMultiple' : 'titleSingle'), () => {
        this.userClose();
      });
    } catch (e) {
      if ((e as Error).name === 'ValidationError') throw e;
      this.ended = true;
      env.window.setTimeout(() => {
        this.report.error(e as Error);
      }, 0);
      return;
    }
    const warn = (message: string): void => void (console && console.warn(message));
    this.build(plan.sources, plan.first, lang, queue.batch(uploader, store, warn));
  }

  private build(sources: string[], first: string, lang: string, batch: ReturnType<UploadQueue['batch']>): void {
    const host = this.host!;
    const doc = host.doc;
    const config = this.config;
    this.cleanups.push(applyStyles(doc));
    if (config.customCss) this.cleanups.push(addStylesheetLink(doc, config.customCss));
    const announcer = new Announcer(doc);
    const parts = buildSourcePanels({ doc, win: host.win, config, binder: this.binder, listeners: this.listeners, announcer, uploader: this.uploader }, sources, {
      files: (files, client) => this.addFiles(files, false, client),
      url: (url) => this.addUrl(url),
      invalidUrl: () => this.showErrors([{ reason: 'type', key: 'urlInvalid', vars: {} }]),
      sourceFiles: (files) => this.addSourceFiles(files),
      cloudFiles: (cloud, files) => this.addSourceFiles(files, cloud),
      cloudFolder: (cloud, folder) => this.chooseFolder({ client: cloud, path: folder.path, name: folder.name }),
      cloudUnavailable: (source, reason) => this.view && leaveOutTab(this.view, doc, source, reason, consoleOf(this.env.window)),
      alive: () => !this.ended,
    });
    this.parts = parts;
    for (const s in parts.lazy) if (Object.prototype.hasOwnProperty.call(parts.lazy, s)) this.cleanups.push(parts.lazy[s].destroy.bind(parts.lazy[s]));
    const view = buildView(doc, config, this.binder, this.listeners, parts.panels, sources, announcer, (s) => {
      if (parts.media) parts.media.show(s);
    });
    this.view = view;
    setLanguage(view.root, lang);
    // the popup's document is ours: give it the language too
    if (host.kind === 'window') setLanguage(doc.documentElement, lang);
    const list = this.buildList(doc, view);
    this.uploads = new Uploads(batch, list, this.report, {
      // once the call has ended (a refusal), nothing more is uploaded
      canStart: () => !this.ended && this.report.open && this.canStart(),
      hidden: () => this.hidden,
      fail: (e) => this.fail(e),
      refused: (e) => (this.hidden ? this.fail(e) : this.report.error(e)),
      stored: () => {
        this.pump();
        this.checkFinish();
      },
      failed: () => {
        this.finishing = false;
        this.pump();
      },
    }, config.image, doc, this.binder);
    this.editing = this.buildEditing(doc, view);
    select(view.tabs, first);
    const noFolderSource = (names: string[]): void => this.fail(new Error('the server offers none of the cloud sources (' + names.join(', ') + ') a folder can be chosen from'));
    askOffered(view, doc, sources, this.uploader.cloud, consoleOf(this.env.window), config.folderMode ? noFolderSource : undefined);
    host.mount.appendChild(view.root);
    if (parts.media) parts.media.show(first, true);
    wireChrome(host, view, this.listeners, config, parts, {
      close: () => this.userClose(),
      finish: () => this.finishRequested(),
      drop: (files, folderRefused) => {
        if (!this.hidden) this.addFiles(files, folderRefused);
      },
    });
    this.modal = new Modal(view.root, {
      labelledBy: view.title.id,
      returnFocus: this.previousFocus,
      onEscape: () => {
        if (!this.editing || !this.editing.escape()) this.userClose();
      },
    });
    focusFirst(host, view, config, parts, first, this.modal);
    if (config.editFile) this.processImage(config.editFile);
    loadTexts(this.binder, lang, this.config.customText, this.env, () => !this.ended);
  }

  private buildList(doc: Document, view: View): Files {
    const config = this.config;
    const list = new Files(doc, this.binder, view, config.multiple, {
      retry: (e) => {
        if (!this.ended) this.uploads!.retry(e);
      },
      remove: (e) => this.remove(e),
      edit: (e) => {
        // in single mode the upload starts at once: editing it is still allowed, and its Save uploads again
        if (!this.ended && (!this.finishing || !config.multiple) && e.editable && this.editing) this.editing.open(e, 'edit');
      },
    });
    this.list = list;
    return list;
  }

  private buildEditing(doc: Document, view: View): Editing {
    return new Editing(doc, this.binder, view, this.config, {
      saved: (e, result, reason) => this.edited(e, result, reason),
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
  }

  /** processImage: the editor is the dialog; the file list shows the upload after Save. */
  private processImage(file: UploadSource): void {
    if (this.parts.computer) this.parts.computer.panel.setAttribute('hidden', '');
    const entry = editableEntry(this.config, this.convert, file);
    entry.needsCrop = true;
    this.list!.add([entry]);
    this.uploads!.track([entry]);
    this.editing!.open(entry, 'process');
  }

  /** Files chosen, dropped or pasted. */
  addFiles(files: File[], folderRefused?: boolean, client?: Entry['client']): void {
    if (this.ended || this.finishing) return;
    const got = fileIntake(this.config, this.convert, this.list!.entries.length, files, folderRefused, client);
    this.showErrors(got.rejected);
    this.take(got.entries);
    // cropForce (not with hide): each image waits for the editor, one after the other
    for (let i = 0; i < got.entries.length; i++) if (got.entries[i].needsCrop) this.editing!.open(got.entries[i], 'force');
  }

  /** The editor's Save: the edited file replaces the entry's; a running or finished upload is cancelled and redone. */
  private edited(entry: Entry, result: EditResult, reason: EditReason): void {
    if (this.ended || !this.list!.has(entry)) return;
    this.uploads!.edited(entry, result);
    this.focusRow(entry);
    if (!this.config.multiple || reason === 'process') this.finishRequested();
    else this.pump();
  }

  private focusRow(entry: Entry): void {
    const target = this.list!.editButton(entry) || (this.parts.computer ? this.parts.computer.drop : this.view!.close);
    target.focus();
  }

  /** Files chosen in the custom source, or in the cloud source `cloud`; true when any was taken. */
  addSourceFiles(files: SourceFile[], cloud?: CloudName): boolean {
    const container = this.config.customSourceContainer;
    if (this.ended || this.finishing || (!cloud && !container)) return false;
    const got = sourceIntake(this.config, cloud ? { cloud } : container!, this.list!.entries.length, files);
    this.showErrors(got.rejected);
    this.take(got.entries);
    return got.entries.length > 0;
  }

  /** An address typed in the URL source. */
  addUrl(url: string): void {
    if (this.ended || this.finishing) return;
    const got = urlIntake(this.config, this.list!.entries.length, url);
    this.showErrors(got.rejected);
    this.take(got.entries);
  }

  private take(entries: Entry[]): void {
    if (!entries.length) return;
    this.list!.add(entries);
    this.uploads!.track(entries);
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

  private pump(): void {
    if (!this.ended) this.uploads!.pump();
  }

  private remove(entry: Entry): void {
    if (this.ended) return;
    this.uploads!.remove(entry);
    if (this.editing) this.editing.drop(entry);
    this.list!.remove(entry, this.parts.computer ? this.parts.computer.drop : this.view!.close);
    this.pump();
    this.checkFinish();
  }

  private checkFinish(): void {
    if (this.ended || !this.list!.allDone()) return;
    // an upload that ends while its image is open in the editor is not the result yet
    if (this.editing && this.editing.active) return;
    if (this.config.multiple && !this.finishing) return;
    const files = this.uploads!.result();
    // after a refusal the page has its answer: nothing is delivered, so no stored copy is kept
    this.end(this.report.open);
    this.report.done(files);
  }

  /** Folder mode: the user chose a folder, which is the result. */
  private chooseFolder(folder: PickedFolder): void {
    if (this.ended) return;
    this.end(false);
    this.report.folder(folder);
  }

  /** The user closed the dialog: uploads are cancelled and onCancel is called. */
  userClose(): void {
    if (this.ended) return;
    this.end(false);
    this.report.cancel();
  }

  /** PickerSession.close(): removes the dialog, cancels uploads, calls nothing. */
  close(): void {
    if (this.ended) return;
    this.end(false);
    this.report.close();
  }

  private fail(error: Error): void {
    if (this.ended) return;
    this.end(false);
    this.report.error(error);
  }

  /**
   * Ends the dialog: the batch cancels running uploads and removes from storage every copy that is not in the result
   * (`delivered`: onDone returns the entries' results; otherwise nothing is returned and all of them go).
   */
  private end(delivered: boolean): void {
    this.ended = true;
    if (this.editing) this.editing.destroy();
    if (this.uploads) this.uploads.end(delivered);
    if (this.parts.media) this.parts.media.destroy();
    this.listeners.removeAll();
    if (this.view) removeNode(this.view.root);
    if (this.host) this.host.destroy();
    for (let i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
    this.cleanups = [];
    if (this.modal) this.modal.destroy();
  }
}

function setLanguage(node: Element, lang: string): void {
  node.setAttribute('lang', langTag(lang));
  node.setAttribute('dir', isRtl(lang) ? 'rtl' : 'ltr');
}
