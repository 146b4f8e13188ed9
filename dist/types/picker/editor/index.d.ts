/**
 * The image editor (v2's CONVERT service: crop, rotate, filter). Loaded on demand: the dialog reaches this folder only
 * through a dynamic `import('./editor')` with the webpack chunk name "editor", so webpack emits it as `chunks/editor.js`
 * (src/picker/editing.ts).
 */
export { openEditor } from './EditorView';
export type { EditorHandle, EditorOptions, EditResult } from './EditorView';
