import { el, removeNode } from './dom';
import type { MediaPanel, MediaSourceOptions } from './sources/media';
import { prepareChunks } from './chunks';

/** The sources whose code lives in the on-demand `media` chunk. */
export const MEDIA_SOURCES = ['WEBCAM', 'VIDEO', 'AUDIO'];

type MediaModule = typeof import('./sources/media');

let loaded: Promise<MediaModule> | undefined;

/**
 * Loads src/picker/sources/media once per page. In the bundle, webpack fetches `chunks/media[.min].js` from the folder
 * the main script came from (found by the locale registry while the script ran).
 */
function loadMedia(): Promise<MediaModule> {
  if (!loaded) {
    prepareChunks();
    loaded = import(/* webpackChunkName: "media" */ './sources/media');
    loaded.then(null, () => {
      loaded = undefined;
    });
  }
  return loaded;
}

/** What each media source gets (a type only: the chunk's code stays out of the main bundle). */
export type MediaTabsOptions = Omit<MediaSourceOptions, 'env'>;

/**
 * The WEBCAM / VIDEO / AUDIO tabs of one dialog: a placeholder panel each (a loading line) that gets its real content
 * from the chunk when first shown; only the shown one has its device on.
 */
export class MediaTabs {
  /** Placeholder panel of each media tab. */
  private panels: { [service: string]: HTMLElement } = {};
  /** Mounted sources. */
  private sources: { [service: string]: MediaPanel } = {};
  /** The tab shown now. */
  private current = '';
  private destroyed = false;

  constructor(private o: MediaTabsOptions) {}

  /** The panel element of a media tab (mounted into the view). */
  placeholder(service: string): HTMLElement {
    const doc = this.o.doc;
    const line = el(doc, 'p', { class: 'fp-media-loading', tabindex: '-1' });
    this.o.binder.text(line, 'mediaLoading');
    const panel = el(doc, 'div', { class: 'fp-panel fp-media-panel', 'aria-busy': 'true' }, [line]);
    this.panels[service] = panel;
    return panel;
  }

  /** A tab was selected (any source): the others stop, a media one starts (loading it first when needed). */
  show(service: string, takeFocus?: boolean): void {
    if (this.destroyed) return;
    this.current = service;
    for (const s in this.sources) if (Object.prototype.hasOwnProperty.call(this.sources, s) && s !== service) this.sources[s].deactivate();
    const panel = this.panels[service];
    if (!panel) return;
    if (this.sources[service]) {
      this.sources[service].activate();
      return;
    }
    if (takeFocus) (panel.firstChild as HTMLElement).focus();
    loadMedia().then(
      (mod) => {
        if (this.destroyed || this.sources[service]) return;
        const o = this.o;
        const source = mod.createMediaSource(service, { doc: o.doc, win: o.win, config: o.config, binder: o.binder, announcer: o.announcer, onFile: o.onFile });
        const hadFocus = panel.contains(o.doc.activeElement);
        while (panel.firstChild) removeNode(panel.firstChild);
        panel.removeAttribute('aria-busy');
        panel.appendChild(source.root);
        this.sources[service] = source;
        if (this.current === service) {
          source.activate();
          if (hadFocus) source.focus();
        }
      },
      () => {
        if (this.destroyed) return;
        const line = panel.firstChild as HTMLElement;
        panel.removeAttribute('aria-busy');
        this.o.binder.text(line, 'mediaLoadFailed');
        if (this.current === service) this.o.announcer.say('media', this.o.binder.t('mediaLoadFailed'), true);
      },
    );
  }

  /** The dialog closes: every device stops and the sources drop their listeners. */
  destroy(): void {
    this.destroyed = true;
    for (const s in this.sources) if (Object.prototype.hasOwnProperty.call(this.sources, s)) this.sources[s].destroy();
    this.sources = {};
  }
}
