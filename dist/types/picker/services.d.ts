import { PickerConfig } from '../core/contracts';
import { StringKey } from './i18n/translator';
import type { CloudName } from './state';
/** Sources this dialog can show. */
export declare const SUPPORTED: string[];
/**
 * The cloud sources among them: v2 service name → the cloud API's name. A tab whose cloud the server does not offer
 * (`unavailable`: e.g. Dropbox without its app configured) is left out when it is first listed.
 */
export declare const CLOUDS: {
    [service: string]: CloudName;
};
/** The tab label of each cloud. */
export declare const CLOUD_LABELS: {
    [cloud: string]: StringKey;
};
/** Services that are capabilities rather than tabs: CONVERT is the image editor (crop, rotate, filter). */
export declare const CAPABILITIES: string[];
/**
 * The sources to show, in the configured order (COMPUTER alone when none is supported), the one to open first,
 * whether the image editor is on (`convert`: CONVERT among the services, which it is by default), the names of
 * everything configured that the dialog leaves out (services and options), and options that do nothing without CONVERT.
 */
export declare function planSources(config: PickerConfig): {
    sources: string[];
    first: string;
    convert: boolean;
    unsupported: string[];
    needConvert: string[];
};
/** The one warning about what is left out, or null. */
export declare function unsupportedWarning(unsupported: string[]): string | null;
/** The warning about crop options given while `services` leaves CONVERT out, or null. */
export declare function needConvertWarning(options: string[]): string | null;
