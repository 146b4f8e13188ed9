import type { CustomPanelDeps } from './sources/custom';
import { LazyTab } from './lazyTab';

export type CustomTabOptions = Omit<CustomPanelDeps, 'mount'> & {
  /** False once the dialog has ended: a chunk that arrives later builds nothing. */
  alive(): boolean;
};

/**
 * The CUSTOMSOURCE tab of one dialog: a placeholder panel (a note: loading, or not configured) that gets the panel of
 * the on-demand `customsource` chunk the first time it is shown.
 */
export class CustomTab extends LazyTab {
  constructor(o: CustomTabOptions) {
    const { alive, ...deps } = o;
    super({
      doc: o.doc, binder: o.binder, className: 'fp-cs', alive,
      enabled: !!o.config.customSourceContainer,
      note: o.config.customSourceContainer ? 'customLoading' : 'customNotConfigured',
      failed: 'customLoadFailed',
      load: () => import(/* webpackChunkName: "customsource" */ './sources/custom').then((m) => (mount: HTMLElement) => new m.CustomSourcePanel({ ...deps, mount })),
    });
  }
}
