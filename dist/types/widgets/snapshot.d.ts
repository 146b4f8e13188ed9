/**
 * What `constructWidget` reads when it is called. v2 built the widget synchronously, so a page could change or
 * remove `type` (or any `data-fp-*` attribute) right after the call. Here the widgets part may still be loading:
 * the element's `type` and `data-fp-*` attributes are read at call time and the widget is built from that reading.
 * Reads made later (an export button's click reads `data-fp-url` then, as in v2) see the live element.
 */
/** The `data-fp-*` attributes of an element, by lower-case name (HTML attribute names are case-insensitive; XHTML ones are not). */
export type AttributeMap = {
    [lowerName: string]: string;
};
/** An element's `type` (lower case) and `data-fp-*` attributes at one moment. */
export interface WidgetSnapshot {
    type: string;
    attrs: AttributeMap;
}
/** The element's `data-fp-*` attributes as they are now. */
export declare function liveAttributes(el: Element): AttributeMap;
export declare function snapshotOf(el: Element): WidgetSnapshot;
