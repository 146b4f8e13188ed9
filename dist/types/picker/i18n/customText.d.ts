import { PartialStrings } from './translator';
/**
 * Fetches a customText JSON file (same keys as locales/en.ts, `{{variable}}` placeholders). Keys it lacks fall back
 * to the language table; non-string values are ignored. Resolves `{}` (and warns) when it cannot be read.
 */
export declare function fetchCustomText(url: string, win: Window): Promise<PartialStrings>;
