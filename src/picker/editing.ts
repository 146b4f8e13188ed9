import { PickerConfig } from '../core/contracts';
import { TextBinder } from './i18n/binder';
import { Entry } from './state';
import { View } from './view';
import type { EditorHandle, EditResult } from './editor';

/** Types the editor can re-encode as themselves (canvas.toBlob). Other files upload as they are. */
export const EDITABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function isEditable(file: { type?: string } | undefined): boolean {
  return !!file && EDITABLE_TYPES.indexOf(String(file.type || '').toLowerCase()) >= 0;
}

type EditorModule = typeof import('./editor');
/** The editor chunk, once asked for (reset on failure so a later try loads it again). */
let loading: Promise<EditorModule> | undefined;

/** Loads the editor on demand: webpack emits it as `chunks/editor.js`, outside the main bundle. */
export function loadEditor(): Promise<EditorModule> {
  if (!loading) {
    loading = import(/* webpackChunkName: "editor" */ './editor');
    loading.then(undefined, function () {
      loading = undefined;
    });
  }
  return loading;
}

/** Why the editor opens: the Edit button, `cropForce`, or processImage (the whole dialog is the editor). */
export type EditReason = 'edit' | 'force' | 'process';

export interface EditEvents {
  saved(entry: Entry, result: EditResult, reason: EditReason): void;
  cancelled(entry: Entry, reason: EditReason): void;
  /** The editor could not be loaded or the image not decoded. */
  failed(entry: Entry, reason: EditReason): void;
}

/**
 * Opens the editor for one entry at a time (the others wait in turn), in place of the dialog's body and footer,
 * and gives the result back to the session. Holds no upload logic.
 */
export class Editing {
  /** The entry being edited, why, and the editor once it is shown. */
  private current?: { entry: Entry; reason: EditReason; handle?: EditorHandle };
  /** Entries waiting for the editor (cropForce), in order. */
  private queue: Array<{ entry: Entry; reason: EditReason }> = [];
  /** cropForce images opened since the editor was last idle (the current one included): its "Image 2 of 3" index. */
  private forcedShown = 0;
  private ended = false;

  constructor(private doc: Document, private binder: TextBinder, private view: View, private config: PickerConfig, private events: EditEvents) {}

  get active(): boolean {
    return !!this.current;
  }

  isEditing(entry: Entry): boolean {
    return !!this.current && this.current.entry === entry;
  }

  open(entry: Entry, reason: EditReason): void {
    if (this.ended || this.isEditing(entry)) return;
    for (let i = 0; i < this.queue.length; i++) if (this.queue[i].entry === entry) return;
    this.queue.push({ entry, reason });
    this.next();
  }

  /** Forgets an entry (removed from the list): closes its editor or takes it out of the queue. */
  drop(entry: Entry): void {
    const q: Array<{ entry: Entry; reason: EditReason }> = [];
    for (let i = 0; i < this.queue.length; i++) if (this.queue[i].entry !== entry) q.push(this.queue[i]);
    this.queue = q;
    if (this.isEditing(entry)) {
      if (this.current!.handle) this.current!.handle.destroy();
      this.close();
    }
  }

  /** Escape while editing: the editor's Cancel. Returns whether an editor took it. */
  escape(): boolean {
    if (!this.current) return false;
    if (this.current.handle) this.current.handle.cancel();
    return true;
  }

  destroy(): void {
    this.ended = true;
    this.queue = [];
    if (this.current && this.current.handle) this.current.handle.destroy();
    this.current = undefined;
  }

  private next(): void {
    if (this.current || this.ended) return;
    const item = this.queue.shift();
    if (!item) {
      this.forcedShown = 0;
      return;
    }
    if (item.reason === 'force') this.forcedShown++;
    const cur: { entry: Entry; reason: EditReason; handle?: EditorHandle } = { entry: item.entry, reason: item.reason };
    this.current = cur;
    const v = this.view;
    v.root.setAttribute('data-fp-editing', '');
    hide(v.body);
    hide(v.footer);
    const live = (): boolean => !this.ended && this.current === cur;
    loadEditor()
      .then((mod) => {
        if (!live()) return undefined;
        return mod.openEditor({
          doc: this.doc,
          binder: this.binder,
          file: item.entry.file!,
          name: item.entry.name,
          crop: this.config.crop,
          conversions: this.config.conversions,
          forced: item.reason !== 'edit',
          // counted once the chunk is in: the images added with this one have joined the queue by then
          position: item.reason === 'force' ? this.position() : undefined,
          mount: v.root,
          before: v.footer.nextSibling,
          onSave: (result) => {
            this.close();
            this.events.saved(item.entry, result, item.reason);
            this.next();
          },
          onCancel: () => {
            this.close();
            this.events.cancelled(item.entry, item.reason);
            this.next();
          },
        });
      })
      .then(
        (handle) => {
          if (!handle) return;
          if (live()) cur.handle = handle;
          else handle.destroy();
        },
        () => {
          if (!live()) return;
          this.close();
          this.events.failed(item.entry, item.reason);
          this.next();
        },
      );
  }

  /** The current forced crop's place in the run of forced crops: opened so far, of those plus those still waiting. */
  private position(): { index: number; count: number } {
    let waiting = 0;
    for (let i = 0; i < this.queue.length; i++) if (this.queue[i].reason === 'force') waiting++;
    return { index: this.forcedShown, count: this.forcedShown + waiting };
  }

  private close(): void {
    this.current = undefined;
    if (this.ended) return;
    this.view.root.removeAttribute('data-fp-editing');
    this.view.body.removeAttribute('hidden');
    // the footer shows again once the file list refreshes it (it is hidden while the list is empty)
    if (this.view.files.firstChild) this.view.footer.removeAttribute('hidden');
  }
}

function hide(node: Element): void {
  if (!node.hasAttribute('hidden')) node.setAttribute('hidden', '');
}
