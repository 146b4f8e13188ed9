/**
 * Type test: a script (not a module) that uses the global `window.filepicker` of a page with a script tag, through
 * the declarations' `export as namespace filepicker`.
 */
filepicker.setKey('KEY');
const pickedUrls: string[] = [];
filepicker.pickMultiple((blobs: filepicker.FPFile[]) => blobs.forEach((b) => pickedUrls.push(b.url)));
