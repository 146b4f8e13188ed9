/**
 * The `<button type="button">` of a widget. Its text is `data-fp-button-text` (v1: `data-fp-text`) as plain text
 * (v2 parsed it as HTML); its class is `data-fp-button-class`, else (unless `ownClassOnly`) the input's class, else `fp__btn`.
 */
export declare function makeButton(input: Element, defaultText: string, ownClassOnly: boolean): HTMLButtonElement;
/** Inserts `node` right after `ref`. */
export declare function insertAfter(ref: Node, node: Node): void;
