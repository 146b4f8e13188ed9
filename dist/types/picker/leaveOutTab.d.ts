import { View } from './view';
/**
 * Sources the server turned out not to offer (cloud sources it has not enabled): one warning naming them, and their
 * tabs are left out. When one was the tab shown, the first other tab is shown (and takes focus when the dialog had it
 * there). A tab already left out is not named again.
 */
export declare function leaveOutTabs(view: View, doc: Document, sources: string[], reason: string, console?: Console): void;
/** One source the server answered `unavailable` for (at its first listing). */
export declare function leaveOutTab(view: View, doc: Document, source: string, reason: string, console?: Console): void;
/** Hides a tab until it is known to be offered. */
export declare function holdTab(button: HTMLElement): void;
/** Shows a held tab again, unless it was left out meanwhile. */
export declare function releaseTab(button: HTMLElement): void;
