import { el, removeNode } from './dom';
import { prepareChunks } from './chunks';
import type { CustomPanel, CustomPanelDeps } from './sources/custom';

export type CustomTabOptions = Omit<CustomPanelDeps, 'mount'> & {
  /** False once the dialog has ended: a chunk that arrives later builds nothing. */
  alive(): boolean;
};

/**
 * The CUSTOMSOURCE tab of one dialog: a placeholder panel (a note: loading, or not configured) that gets the panel of
 * the on-demand `customsource` chunk the first time it is shown.
 */
export class CustomTab {
  /** The tab's panel element. */
  readonly mount: HTMLElement;
  /** The loading / not configured / could not load line, until the panel is built. */
  private note: HTMLElement;
  /** The load under way or done (undefined again after a failed load, so choosing the tab retries). */
  private loading?: Promise<void>;
  /** The built panel. */
  private panel?: CustomPanel;

  constructor(private o: CustomTabOptions) {
    this.note = el(o.doc, 'p', { class: 'fp-hint fp-cs-note' });
    o.binder.text(this.note, o.config.customSourceContainer ? 'customLoading' : 'customNotConfigured');
    this.mount = el(o.doc, 'div', { class: 'fp-panel fp-cs' }, [this.note]);
  }

  /**
   * Loads the panel's code and builds it. `focus`: the dialog opened on this tab, so the list takes focus once built,
   * unless the user has moved focus elsewhere meanwhile (`root`: the dialog, which holds focus until then).
   */
  load(focus: boolean, root: HTMLElement): void {
    const o = this.o;
    const mount = this.mount;
    if (this.loading || !o.config.customSourceContainer) return;
    const chunk = prepareChunks() ? import(/* webpackChunkName: "customsource" */ './sources/custom') : Promise.reject(new Error('no script folder'));
    this.loading = chunk.then(
      (m) => {
        if (!o.alive()) return;
        removeNode(this.note);
        const { alive: _alive, ...deps } = o;
        this.panel = new m.CustomSourcePanel({ ...deps, mount });
        const active = o.doc.activeElement;
        if (focus && !mount.hasAttribute('hidden') && (active === root || active === o.doc.body)) this.panel.focus();
      },
      () => {
        if (!o.alive()) return;
        this.loading = undefined;
        o.binder.text(this.note, 'customLoadFailed');
      },
    );
  }

  destroy(): void {
    if (this.panel) this.panel.destroy();
  }
}
