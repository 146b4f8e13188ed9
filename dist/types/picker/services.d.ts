import { PickerConfig } from '../core/contracts';
/** Sources this dialog can show. */
export declare const SUPPORTED: string[];
/**
 * The sources to show, in the configured order (COMPUTER alone when none is supported), the one to open first, and
 * the names of everything configured that the dialog leaves out (services and options), for one warning.
 */
export declare function planSources(config: PickerConfig): {
    sources: string[];
    first: string;
    unsupported: string[];
};
/** The one warning about what is left out, or null. */
export declare function unsupportedWarning(unsupported: string[]): string | null;
