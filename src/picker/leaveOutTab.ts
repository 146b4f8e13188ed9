import { PREFIX } from '../core/errors';
import { select, View } from './view';

const LEFT_OUT = 'data-fp-left-out';

function hide(button: HTMLElement): void {
  button.setAttribute('hidden', '');
  if (button.parentElement) button.parentElement.setAttribute('hidden', '');
}

/**
 * Sources the server turned out not to offer (cloud sources it has not enabled): one warning naming them, and their
 * tabs are left out. When one was the tab shown, the first other tab is shown (and takes focus when the dialog had it
 * there). A tab already left out is not named again.
 */
export function leaveOutTabs(view: View, doc: Document, sources: string[], reason: string, console?: Console): void {
  // an answer that comes after the dialog has closed changes nothing
  if (!doc.documentElement.contains(view.root)) return;
  const out = sources.filter((s) => view.tabs[s] && !view.tabs[s].button.hasAttribute(LEFT_OUT));
  if (!out.length) return;
  if (console) console.warn(PREFIX + 'the dialog leaves out ' + out.join(', ') + ': the server does not offer ' + (out.length > 1 ? 'them' : 'it') + ' (' + reason + ').');
  let shown: HTMLElement | null = null;
  for (let i = 0; i < out.length; i++) {
    const tab = view.tabs[out[i]];
    tab.button.setAttribute(LEFT_OUT, '');
    hide(tab.button);
    if (!tab.panel.hasAttribute('hidden')) shown = tab.panel;
  }
  if (!shown) return;
  const hadFocus = shown.contains(doc.activeElement) || doc.activeElement === view.root;
  let next: string | undefined;
  for (const s in view.tabs) {
    if (!Object.prototype.hasOwnProperty.call(view.tabs, s) || view.tabs[s].button.hasAttribute(LEFT_OUT)) continue;
    // a tab still waiting to appear (offeredTabs.ts) only when no tab is shown
    if (!view.tabs[s].button.hasAttribute('hidden')) {
      next = s;
      break;
    }
    if (!next) next = s;
  }
  if (!next) return;
  select(view.tabs, next);
  if (hadFocus) view.tabs[next].button.focus();
}

/** One source the server answered `unavailable` for (at its first listing). */
export function leaveOutTab(view: View, doc: Document, source: string, reason: string, console?: Console): void {
  leaveOutTabs(view, doc, [source], reason, console);
}

/** Hides a tab until it is known to be offered. */
export function holdTab(button: HTMLElement): void {
  button.setAttribute('data-fp-pending', '');
  hide(button);
}

/** Shows a held tab again, unless it was left out meanwhile. */
export function releaseTab(button: HTMLElement): void {
  if (!button.hasAttribute('data-fp-pending')) return;
  button.removeAttribute('data-fp-pending');
  if (button.hasAttribute(LEFT_OUT)) return;
  button.removeAttribute('hidden');
  if (button.parentElement) button.parentElement.removeAttribute('hidden');
}
