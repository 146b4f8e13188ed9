import type { LegacyApi } from './v2Api';

/** A member v2 defined on `window.filepicker` (`debug` is the page's own switch, not a member). */
export type MemberName = Exclude<keyof LegacyApi, 'debug'>;

/** v2's public key order (what `Object.keys(filepicker)` gave). Members are plain functions; the value members come last. */
export const ORDER = ['errors', 'setKey', 'setResponsiveOptions', 'pick', 'pickFolder', 'pickMultiple', 'pickAndStore', 'read', 'write', 'writeUrl', 'export', 'exportFile', 'processImage', 'store', 'storeUrl', 'stat', 'metadata', 'remove', 'convert', 'constructWidget', 'makeDropPane', 'FilepickerException', 'responsive', 'logout', 'version', 'services', 'base64'] as const satisfies readonly MemberName[];

/** Compile-time check: every member the public type declares is installed (a name missing from ORDER makes this `true` fail). */
const everyMemberInstalled: Exclude<MemberName, (typeof ORDER)[number]> extends never ? true : false = true;
void everyMemberInstalled;

/** The members of ORDER that are not functions. */
export const VALUE_MEMBERS: readonly MemberName[] = ['errors', 'FilepickerException', 'version', 'services', 'base64'];
