/**
 * While `constructWidget` builds an element (in the widgets part), reads of its `data-fp-*` attributes are answered
 * from the reading taken when the page called it (snapshot.ts); any other read sees the element as it is now.
 */
import { AttributeMap, WidgetSnapshot } from './snapshot';
/** Runs `build` with reads of `el`'s `data-fp-*` attributes answered from `snapshot`. */
export declare function buildingFrom<T>(el: Element, snapshot: WidgetSnapshot, build: () => T): T;
/** The `data-fp-*` attributes of `el`: as `constructWidget` read them while it is built from them, else as they are now. */
export declare function readAttributes(el: Element): AttributeMap;
