import { constructOptions } from './attributes';
import { LegacyContext } from '../legacy/context';
import type { FPFile } from '../legacy/v2Api';
/** A widget's options as constructOptions built them from the input's attributes. */
export type WidgetOptions = ReturnType<typeof constructOptions>;
/**
 * Calls `pick` (or `pickMultiple`) with the widget's options, then sets the input's value to the URL(s) and fires
 * the widget `change` event. `after` runs between the two (the drag widget shows the file names there).
 */
export declare function pickInto(ctx: LegacyContext, input: HTMLInputElement, options: WidgetOptions, multiple: boolean, after?: (blobs: FPFile[]) => void): void;
/** `<input type="filepicker">`: the input is hidden and a "Pick File" button is put right after it. */
export declare function buildPickWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLButtonElement;
