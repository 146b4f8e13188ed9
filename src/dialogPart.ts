/**
 * The dialog (src/picker) as an on-demand part: `chunks/dialog.js` (with `chunks/shared.js`) next to the main script.
 * One home for its import, so that the entry can ask for it before the library is evaluated (src/umd.js through
 * src/boot, src/esmBase.ts for the ES module build) and the facade's LazyDialog (src/index.ts) gets that same load:
 * webpack fetches a part once, and an import() made while it is on its way waits for the same requests.
 */
import { scriptBase } from './core/scriptBase';
import type { DialogModule } from './legacy/lazyDialog';

/** The part; it cannot be loaded where the main script's folder is unknown (an inlined bundle). */
export function loadDialogPart(): Promise<DialogModule> {
  return scriptBase()
    ? import(/* webpackChunkName: "dialog" */ './picker')
    : Promise.reject(new Error('the folder of the main script is unknown (an inlined bundle)'));
}

/**
 * Starts fetching the part at once, so that its requests overlap the evaluation of the rest of the main script (a
 * page calling pick() right after the script then waits for less). A failure is left to the pick that needs the part.
 */
export function startDialogPart(): void {
  loadDialogPart().then(undefined, function () {
    // reported by the call that needs the part (src/legacy/lazyDialog.ts)
  });
}
