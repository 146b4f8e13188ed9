import { attr, cloneOptions, constructOptions, readAttributes } from './attributes';
import { insertAfter, makeButton } from './button';
import { fireChange } from './changeEvent';
import { LegacyContext } from '../legacy/context';
import { pageUrl } from './pageUrl';
import { hide } from '../export/pageStyles';
import type { FPFile } from '../legacy/v2Api';

/**
 * `<input type="filepicker-convert" data-fp-url="…">`: a "Convert File" button that calls
 * `processImage(url, options)` (a relative URL resolved against the page); the result's URL goes into the input and the `change` event fires.
 * Without `data-fp-url` nothing is built (as v2).
 */
export function buildConvertWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLButtonElement | null {
  const given = attr(readAttributes(input), 'data-fp-url');
  if (!given) return null;
  const url = pageUrl(input.ownerDocument as Document, given);
  const button = makeButton(input, 'Convert File', false);
  const options = constructOptions(input, 'convert', ctx);
  hide(input);
  button.addEventListener('click', (e: Event) => {
    e.preventDefault();
    button.blur();
    ctx.callPublic('processImage', [url, cloneOptions(options), (blob: FPFile) => {
      input.value = String(blob && blob.url);
      fireChange(input, [blob]);
    }]);
  }, false);
  insertAfter(input, button);
  return button;
}
