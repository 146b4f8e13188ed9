import type { LegacyApi } from './v2Api';
/** A member v2 defined on `window.filepicker` (`debug` is the page's own switch, not a member). */
export type MemberName = Exclude<keyof LegacyApi, 'debug'>;
/** v2's public key order (what `Object.keys(filepicker)` gave). Members are plain functions; the value members come last. */
export declare const ORDER: readonly ["errors", "setKey", "setResponsiveOptions", "pick", "pickFolder", "pickMultiple", "pickAndStore", "read", "write", "writeUrl", "export", "exportFile", "processImage", "store", "storeUrl", "stat", "metadata", "remove", "convert", "constructWidget", "makeDropPane", "FilepickerException", "responsive", "logout", "version", "services", "base64"];
/** The members of ORDER that are not functions. */
export declare const VALUE_MEMBERS: readonly MemberName[];
