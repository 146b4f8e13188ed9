/**
 * First module of the ES module build (src/esm.ts): the folder of dist/filepicker.mjs, where the library's other
 * files are (chunks, locales, the MD5 Worker), from `import.meta.url` (a module script has no `currentScript`).
 * Evaluated before the library, as the first import of the entry.
 */
import { setScriptBase } from './core/scriptBase';

setScriptBase(import.meta.url);
