import { CloudApi } from '../core/contracts';
import { holdTab, leaveOutTabs, releaseTab } from './leaveOutTab';
import { CLOUDS } from './services';
import { View } from './view';

/**
 * Asks the cloud API once, as the dialog opens, which of the page's cloud tabs the server offers (one `/offered`
 * call naming them all). Until it answers, the cloud tabs not shown are held back; then the offered ones appear and
 * the others are left out with one warning naming them. When the server cannot say (a cloud API without `/offered`,
 * a failed call), every tab appears, and one the server does not offer is left out at its first listing.
 * `onNone` hears when the server offers none of the dialog's tabs (every tab is a cloud one and none is offered).
 */
export function askOffered(view: View, doc: Document, sources: string[], cloud: CloudApi, console?: Console, onNone?: (names: string[]) => void): void {
  const tabs = sources.filter((s) => !!CLOUDS[s] && !!view.tabs[s]);
  if (!tabs.length) return;
  const names: string[] = [];
  for (let i = 0; i < tabs.length; i++) {
    if (names.indexOf(CLOUDS[tabs[i]]) < 0) names.push(CLOUDS[tabs[i]]);
    if (view.tabs[tabs[i]].panel.hasAttribute('hidden')) holdTab(view.tabs[tabs[i]].button);
  }
  const settle = (offered: string[] | null): void => {
    const out = offered ? tabs.filter((s) => offered.indexOf(CLOUDS[s]) < 0) : [];
    if (out.length) leaveOutTabs(view, doc, out, 'not enabled on its cloud API', console);
    for (let i = 0; i < tabs.length; i++) releaseTab(view.tabs[tabs[i]].button);
    if (onNone && out.length === tabs.length && tabs.length === Object.keys(view.tabs).length) onNone(names);
  };
  cloud.offered(names).then(settle, () => settle(null));
}
