import { attr, readAttributes } from './attributes';

/**
 * The `<button type="button">` of a widget. Its text is `data-fp-button-text` (v1: `data-fp-text`) as plain text
 * (v2 parsed it as HTML); its class is `data-fp-button-class`, else (unless `ownClassOnly`) the input's class, else `fp__btn`.
 */
export function makeButton(input: Element, defaultText: string, ownClassOnly: boolean): HTMLButtonElement {
  const doc = input.ownerDocument as Document;
  const map = readAttributes(input);
  const button = doc.createElement('button');
  button.setAttribute('type', 'button');
  button.textContent = attr(map, 'data-fp-button-text') || attr(map, 'data-fp-text') || defaultText;
  const cls = attr(map, 'data-fp-button-class') || (ownClassOnly ? '' : input.getAttribute('class') || '') || 'fp__btn';
  button.className = cls;
  return button;
}

/** Inserts `node` right after `ref`. */
export function insertAfter(ref: Node, node: Node): void {
  if (ref.parentNode) ref.parentNode.insertBefore(node, ref.nextSibling);
}
