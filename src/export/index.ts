/** The dialogs beyond the picker: export (save dialog), processImage (the image editor) and pickFolder (no view yet). */
export { exportFile, downloadUrl } from './exportFile';
export type { ExportBlob } from './exportFile';
export { pickFolder } from './pickFolder';
export { processImage } from './processImage';
export { openSaveDialog } from './saveDialog';
