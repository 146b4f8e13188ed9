import { TextBinder } from '../../i18n/binder';
import { Crumb } from './paths';
/** The CUSTOMSOURCE panel's fixed elements. */
export interface PanelNodes {
    crumbList: HTMLOListElement;
    up: HTMLButtonElement;
    list: HTMLElement;
    /** The loading / empty / failed line, with its text and its Retry button. */
    status: HTMLElement;
    statusText: HTMLElement;
    retry: HTMLButtonElement;
    more: HTMLButtonElement;
    add: HTMLButtonElement;
}
/** Builds the panel into `mount`: breadcrumbs and Up, the keyboard hint, the listbox, the status line, More and Add. */
export declare function buildPanelNodes(doc: Document, binder: TextBinder, mount: HTMLElement, multiple: boolean, n: number): PanelNodes;
/** Shows the breadcrumbs: earlier folders as buttons (`data-fp-path`), the current one as `aria-current` text. */
export declare function renderCrumbs(doc: Document, crumbList: HTMLElement, c: Crumb[]): void;
/** Sets the status line: a text key (with `reason` for a failure, which also shows Retry), or hides it. */
export declare function showStatus(binder: TextBinder, n: PanelNodes, key: 'customLoading' | 'customEmpty' | 'searchEmpty' | 'customListFailed' | null, reason?: string): void;
