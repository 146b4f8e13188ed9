/**
 * The dialogs beyond the picker. In the main bundle: export's synchronous checks, processImage (which opens the
 * picker with the image editor) and pickFolder (no view yet); the export save dialog (exportFile.ts) is the on-demand
 * `export` chunk.
 */
export { checkExport } from './checkExport';
export type { ExportCall } from './checkExport';
export type { ExportBlob } from './exportFile';
export { exportMembers } from './members';
export { pickFolder } from './pickFolder';
export { processImage } from './processImage';
