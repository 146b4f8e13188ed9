/**
 * First module of the ES module build (src/esm.ts): the folder of dist/filepicker.mjs, where the library's other
 * files are (chunks, locales, the MD5 Worker), from `import.meta.url` (a module script has no `currentScript`).
 * Evaluated before the library, as the first import of the entry; in a page it also starts fetching the dialog part.
 */
import { setScriptBase } from './core/scriptBase';
import { startDialogPart } from './dialogPart';

setScriptBase(import.meta.url);
// in a page, the dialog part's fetch starts before the library is evaluated (as src/boot does for the UMD bundle)
if (typeof document !== 'undefined' && document) startDialogPart();
