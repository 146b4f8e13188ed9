import { el, removeNode } from './dom';
import { prepareChunks } from './chunks';
import { TextBinder } from './i18n/binder';
import { StringKey } from './i18n/translator';

/** A panel built by an on-demand chunk. */
export interface LazyPanel {
  /** Moves focus into the panel. */
  focus(): void;
  /** Removes what the panel added outside its element (its stylesheet). */
  destroy(): void;
}

export interface LazyTabOptions {
  doc: Document;
  binder: TextBinder;
  /** Class of the tab's panel element (besides `fp-panel`). */
  className: string;
  /** The note shown until the panel is built: loading, or why it cannot be (then nothing is loaded). */
  note: StringKey;
  /** False when the source cannot work (not configured): the note stays and nothing is loaded. */
  enabled: boolean;
  /** The note when the chunk could not be loaded (choosing the tab again retries). */
  failed: StringKey;
  /** Loads the chunk; resolves with what builds the panel into `mount`. */
  load(): Promise<(mount: HTMLElement) => LazyPanel>;
  /** False once the dialog has ended: a chunk that arrives later builds nothing. */
  alive(): boolean;
}

/**
 * A tab whose panel comes from an on-demand chunk (CUSTOMSOURCE, the cloud sources): a placeholder panel with a note
 * (loading, or not configured) that gets the chunk's panel the first time the tab is shown.
 */
export class LazyTab {
  /** The tab's panel element. */
  readonly mount: HTMLElement;
  /** The loading / not configured / could not load line, until the panel is built. */
  private noteNode: HTMLElement;
  /** The load under way or done (undefined again after a failed load, so choosing the tab retries). */
  private loading?: Promise<void>;
  /** The built panel. */
  private panel?: LazyPanel;

  /** Whether the tab's panel can be loaded (its source is configured). */
  get enabled(): boolean {
    return this.o.enabled;
  }

  constructor(private o: LazyTabOptions) {
    this.noteNode = el(o.doc, 'p', { class: 'fp-hint fp-cs-note' });
    o.binder.text(this.noteNode, o.note);
    this.mount = el(o.doc, 'div', { class: 'fp-panel ' + o.className }, [this.noteNode]);
  }

  /**
   * Loads the panel's code and builds it. `focus`: the dialog opened on this tab, so the panel takes focus once built,
   * unless the user has moved focus elsewhere meanwhile (`root`: the dialog, which holds focus until then).
   */
  load(focus: boolean, root: HTMLElement): void {
    const o = this.o;
    if (this.loading || !o.enabled) return;
    const chunk = prepareChunks() ? o.load() : Promise.reject(new Error('no script folder'));
    this.loading = chunk.then(
      (build) => {
        if (!o.alive()) return;
        removeNode(this.noteNode);
        const panel = build(this.mount);
        this.panel = panel;
        const active = o.doc.activeElement;
        if (focus && !this.mount.hasAttribute('hidden') && (active === root || active === o.doc.body)) panel.focus();
      },
      () => {
        if (!o.alive()) return;
        this.loading = undefined;
        o.binder.text(this.noteNode, o.failed);
      },
    );
  }

  destroy(): void {
    if (this.panel) this.panel.destroy();
  }
}
