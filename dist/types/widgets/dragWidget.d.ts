import { LegacyContext } from '../legacy/context';
/**
 * `<input type="filepicker-dragdrop">`: the input is hidden; after it comes a `div` (class
 * `data-fp-class`, else the input's class, plus `fp-drag-widget`) holding a `fp__btn` button and a drop zone
 * (`fp-drop-zone` plus `data-fp-drag-class`). Both open the picker; files dropped on the zone are stored with the
 * widget's store options. After a result the zone shows the file names and a clear button that empties the input
 * and fires `change` with no files. Look and state are classes only (no inline styles).
 */
export declare function buildDragWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLDivElement;
