/**
 * Points webpack's on-demand chunk loading (`import()`, files `chunks/<name>.js`) at the folder the main script was
 * loaded from, the same folder the locales come from (src/picker/i18n/registry.ts). The build sets no automatic public
 * path: webpack's own detection throws at load time when the bundle is inlined in a page. Returns false when that
 * folder is unknown (an inlined bundle, no `setLocaleBase`): on-demand parts cannot be loaded then.
 */
export declare function prepareChunks(): boolean;
