import { HttpTransport } from '../../core/http/types';
import { PartialStrings } from './translator';
/**
 * Fetches a customText JSON file (same keys as locales/en.ts, `{{variable}}` placeholders) with the library's HTTP
 * stack (fetch where the page has it, else XHR; `transport` replaces it in tests). Keys it lacks fall back to the
 * language table; non-string values are ignored. Resolves `{}` (and warns) when it cannot be read.
 */
export declare function fetchCustomText(url: string, win: Window, transport?: HttpTransport): Promise<PartialStrings>;
