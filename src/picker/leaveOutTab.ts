import { PREFIX } from '../core/errors';
import { select, View } from './view';

/**
 * A source the server turned out not to offer (a cloud source it has not enabled): one warning naming it, and its tab
 * is left out. When it was the tab shown, the first other tab is shown (and takes focus when the dialog had it there).
 */
export function leaveOutTab(view: View, doc: Document, source: string, reason: string, console?: Console): void {
  const tab = view.tabs[source];
  // an answer that comes after the dialog has closed changes nothing
  if (!tab || tab.button.hasAttribute('hidden') || !doc.documentElement.contains(view.root)) return;
  if (console) console.warn(PREFIX + 'the dialog leaves out ' + source + ': the server does not offer it (' + reason + ').');
  tab.button.setAttribute('hidden', '');
  if (tab.button.parentElement) tab.button.parentElement.setAttribute('hidden', '');
  if (tab.panel.hasAttribute('hidden')) return;
  const hadFocus = tab.panel.contains(doc.activeElement) || doc.activeElement === view.root;
  for (const s in view.tabs) {
    if (Object.prototype.hasOwnProperty.call(view.tabs, s) && !view.tabs[s].button.hasAttribute('hidden')) {
      select(view.tabs, s);
      if (hadFocus) view.tabs[s].button.focus();
      return;
    }
  }
}
