import { PickerConfig } from '../core/contracts';
import { StringKey } from './i18n/translator';
import type { CloudName } from './state';
/**
 * The cloud sources: v2 service name → the cloud API's name. A tab whose cloud the server does not offer (e.g.
 * Dropbox without its app configured) is left out as the dialog opens (offeredTabs.ts), or at its first listing.
 */
export declare const CLOUDS: {
    [service: string]: CloudName;
};
/** The tab name of each cloud: the service's own name, the same in every language. */
export declare const CLOUD_NAMES: {
    [cloud in CloudName]: string;
};
/** Sources this dialog can show. */
export declare const SUPPORTED: string[];
/** A source's tab label: a cloud's own name, or the translated text of a local source. */
export declare function sourceLabel(source: string): {
    name: string;
} | {
    key: StringKey;
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
/** The warnings about what is left out: the retired services and why (retired.ts), then any other names. */
export declare function unsupportedWarnings(unsupported: string[]): string[];
/** The warning about crop options given while `services` leaves CONVERT out, if any. */
export declare function needConvertWarnings(options: string[]): string[];
