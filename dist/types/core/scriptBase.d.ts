/**
 * The folder given by the entry of the ES module build (`import.meta.url` of dist/filepicker.mjs: a module script
 * has no `document.currentScript`). Called before the library is evaluated.
 */
export declare function setScriptBase(url: string): void;
/** The script folder; the first call (made by the entry while its script runs) finds it, later calls reuse it. */
export declare function scriptBase(): string | undefined;
