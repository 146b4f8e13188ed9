/** The page's file queue and the batches of the dialog and the drop pane (implements `UploadQueue` of src/core/contracts.ts). */
export { createUploadQueue, FileQueue, MAX_PARALLEL_FILES } from './fileQueue';
export { Batch } from './batch';
