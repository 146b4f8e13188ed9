import { View } from './view';
/**
 * A source the server turned out not to offer (a cloud source it has not enabled): one warning naming it, and its tab
 * is left out. When it was the tab shown, the first other tab is shown (and takes focus when the dialog had it there).
 */
export declare function leaveOutTab(view: View, doc: Document, source: string, reason: string, console?: Console): void;
