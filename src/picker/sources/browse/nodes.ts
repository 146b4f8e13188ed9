import { el } from '../../dom';
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
export function buildPanelNodes(doc: Document, binder: TextBinder, mount: HTMLElement, multiple: boolean, n: number): PanelNodes {
  const crumbList = el(doc, 'ol', { class: 'fp-cs-crumbs' });
  const crumbNav = el(doc, 'nav', { class: 'fp-cs-nav' }, [crumbList]);
  binder.attr(crumbNav, 'aria-label', 'customPathLabel');
  const up = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cs-up' });
  binder.text(up, 'customUp');
  const hintId = 'fp-cs-hint-' + n;
  const hint = el(doc, 'p', { class: 'fp-hint', id: hintId });
  binder.text(hint, multiple ? 'customHintMultiple' : 'customHintSingle');
  const list = el(doc, 'div', { class: 'fp-cs-list', role: 'listbox', tabindex: '0', 'aria-describedby': hintId });
  if (multiple) list.setAttribute('aria-multiselectable', 'true');
  const statusText = el(doc, 'span');
  const retry = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small', hidden: '' });
  binder.text(retry, 'retry');
  const status = el(doc, 'p', { class: 'fp-cs-status', tabindex: '-1', hidden: '' }, [statusText, ' ', retry]);
  const more = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cs-more', hidden: '' });
  binder.text(more, 'customMore');
  const add = el(doc, 'button', { type: 'button', class: 'fp-btn fp-cs-add', disabled: '' });
  binder.text(add, 'customAddSelected', { count: 0 });
  if (!multiple) add.setAttribute('hidden', '');
  mount.appendChild(el(doc, 'div', { class: 'fp-cs-top' }, [crumbNav, up]));
  mount.appendChild(hint);
  mount.appendChild(list);
  mount.appendChild(status);
  mount.appendChild(el(doc, 'div', { class: 'fp-row' }, [more, add]));
  return { crumbList, up, list, status, statusText, retry, more, add };
}

/** Shows the breadcrumbs: earlier folders as buttons (`data-fp-path`), the current one as `aria-current` text. */
export function renderCrumbs(doc: Document, crumbList: HTMLElement, c: Crumb[]): void {
  while (crumbList.firstChild) crumbList.removeChild(crumbList.firstChild);
  for (let i = 0; i < c.length; i++) {
    const node = i === c.length - 1
      ? el(doc, 'span', { class: 'fp-cs-here', 'aria-current': 'location' }, [c[i].label])
      : el(doc, 'button', { type: 'button', class: 'fp-cs-crumb', 'data-fp-path': c[i].path }, [c[i].label]);
    crumbList.appendChild(el(doc, 'li', {}, [node]));
  }
}

/** Sets the status line: a text key (with `reason` for a failure, which also shows Retry), or hides it. */
export function showStatus(binder: TextBinder, n: PanelNodes, key: 'customLoading' | 'customEmpty' | 'searchEmpty' | 'customListFailed' | null, reason?: string): void {
  if (!key) {
    n.status.setAttribute('hidden', '');
    return;
  }
  binder.text(n.statusText, key, { reason: reason || '' });
  n.status.removeAttribute('hidden');
  if (key === 'customListFailed') n.retry.removeAttribute('hidden');
  else n.retry.setAttribute('hidden', '');
}
