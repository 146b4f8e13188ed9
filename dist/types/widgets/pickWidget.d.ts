import { PublicApi } from './state';
/**
 * Calls `pick` (or `pickMultiple`) with the widget's options, then sets the input's value to the URL(s) and fires
 * the widget `change` event. `after` runs between the two (the drag widget shows the file names there).
 */
export declare function pickInto(api: PublicApi, input: HTMLInputElement, options: {
    [k: string]: any;
}, multiple: boolean, after?: (blobs: any[]) => void): void;
/** `<input type="filepicker">`: the input is hidden and a "Pick File" button is put right after it (spec §8.3). */
export declare function buildPickWidget(api: PublicApi, input: HTMLInputElement): HTMLButtonElement;
