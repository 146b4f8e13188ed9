import type { DialogModule } from './legacy/lazyDialog';
/** The part; it cannot be loaded where the main script's folder is unknown (an inlined bundle). */
export declare function loadDialogPart(): Promise<DialogModule>;
/**
 * Starts fetching the part at once, so that its requests overlap the evaluation of the rest of the main script (a
 * page calling pick() right after the script then waits for less). A failure is left to the pick that needs the part.
 */
export declare function startDialogPart(): void;
