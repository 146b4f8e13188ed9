/** The dialogs beyond the picker: export (save dialog), and the members whose views do not exist yet. */
export { exportFile, downloadUrl } from './exportFile';
export type { ExportBlob } from './exportFile';
export { pickFolder } from './pickFolder';
export { processImage } from './processImage';
export { openSaveDialog } from './saveDialog';
