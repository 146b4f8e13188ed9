import { LegacyContext } from '../legacy/context';
import { AttributeMap } from './snapshot';
export { readAttributes } from './building';
export type { AttributeMap } from './snapshot';
/** A non-empty attribute value (v2 ignored empty ones), or undefined. */
export declare function attr(map: AttributeMap, name: string): string | undefined;
/** The options a widget builds from its attributes: strings, lists of them, service numbers, flags. */
export type WidgetOptions = {
    [k: string]: unknown;
};
/** Which options a widget reads: pick and drag widgets, the convert widget, export buttons. */
export type WidgetMode = 'pick' | 'convert' | 'export';
/** v2 treated any non-empty `data-fp-debug` as on, even `"false"` (a v2 quirk); here `false`, `0`, `no` and `off` mean off. */
export declare function debugFlag(value: string): boolean;
/**
 * The options object a widget passes to `pick`/`pickMultiple`/`processImage`/`exportFile`, as v2's `constructOptions`
 * built it: values are the attribute strings, lists are split on `,`, services are mapped to their numbers. A
 * `data-fp-apikey` calls `setKey`. Two v2 bugs are fixed: `data-fp-debug="false"` is off, and `data-fp-webcam-dim`
 * reaches `webcam.webcamDim` as two numbers (v2 crashed on click).
 */
export declare function constructOptions(el: Element, mode: WidgetMode, ctx: LegacyContext): WidgetOptions;
/** `data-fp-multiple="true"` (any case), or v1's `data-fp-option-multiple` other than `"false"`. */
export declare function isMultiple(el: Element): boolean;
/** A fresh copy for one call (the pick functions may change the object they get). */
export declare function cloneOptions(options: WidgetOptions): WidgetOptions;
