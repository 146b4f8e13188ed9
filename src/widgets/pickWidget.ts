import { cloneOptions, constructOptions, isMultiple } from './attributes';
import { insertAfter, makeButton } from './button';
import { fireChange, urlsOf } from './changeEvent';
import { LegacyContext } from '../legacy/context';
import { hide } from '../export/pageStyles';
import type { FPFile } from '../legacy/v2Api';

/** A widget's options as constructOptions built them from the input's attributes. */
export type WidgetOptions = ReturnType<typeof constructOptions>;

/**
 * Calls `pick` (or `pickMultiple`) with the widget's options, then sets the input's value to the URL(s) and fires
 * the widget `change` event. `after` runs between the two (the drag widget shows the file names there).
 */
export function pickInto(ctx: LegacyContext, input: HTMLInputElement, options: WidgetOptions, multiple: boolean, after?: (blobs: FPFile[]) => void): void {
  const done = (blobs: FPFile[]): void => {
    input.value = urlsOf(blobs);
    if (after) after(blobs);
    fireChange(input, blobs);
  };
  if (multiple) ctx.callPublic('pickMultiple', [cloneOptions(options), (blobs: FPFile[]) => done(blobs)]);
  else ctx.callPublic('pick', [cloneOptions(options), (blob: FPFile) => done([blob])]);
}

/** `<input type="filepicker">`: the input is hidden and a "Pick File" button is put right after it. */
export function buildPickWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLButtonElement {
  const button = makeButton(input, 'Pick File', false);
  const options = constructOptions(input, 'pick', ctx);
  const multiple = isMultiple(input);
  hide(input);
  button.addEventListener('click', (e: Event) => {
    e.preventDefault();
    button.blur();
    pickInto(ctx, input, options, multiple);
  }, false);
  insertAfter(input, button);
  return button;
}
