import { PickerMode, TranslateEnv, Translated } from './types';
/** v2 `browser.openInModal()`: phones and tablets get a window unless running as a home-screen app. */
export declare function defaultContainer(env: TranslateEnv): string;
/** Runs the table over the picker options (anything but an object is ignored with a warning); no pickAndStore checks. */
export declare function translatePickerDraft(input: unknown, mode: PickerMode, env?: TranslateEnv): Translated;
