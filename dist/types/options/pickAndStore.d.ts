import { TranslateEnv, Translated } from './types';
/** v2's exact text (src/library/lib.js:80): the legacy facade and the differential suite rely on it. */
export declare const MISSING_OPTIONS = "Not all required parameters given, missing picker or store options";
/** v2 threw `NaN` here (a quoting bug); this is the message it meant to give. */
export declare function checkMultiplePath(multiple: boolean, path: string | undefined): void;
/**
 * `pickAndStore(pickerOptions, storeOptions)`: both are required objects (v2 checked only `pickerOptions` for a
 * function; both are checked here). Store options win over the picker's `storeX` keys; holes never override.
 * Security: the picker options' policy/signature, else the store options'.
 */
export declare function translatePickAndStore(pickerOptions: unknown, storeOptions: unknown, env?: TranslateEnv): Translated;
