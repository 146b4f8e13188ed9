/**
 * While `constructWidget` builds an element (in the widgets part), reads of its `data-fp-*` attributes are answered
 * from the reading taken when the page called it (snapshot.ts); any other read sees the element as it is now.
 */
import { AttributeMap, liveAttributes, WidgetSnapshot } from './snapshot';

/** The element being built from a snapshot and that snapshot (set only while `buildingFrom` runs; builds are synchronous). */
let building: { el: Element; snapshot: WidgetSnapshot } | null = null;

/** Runs `build` with reads of `el`'s `data-fp-*` attributes answered from `snapshot`. */
export function buildingFrom<T>(el: Element, snapshot: WidgetSnapshot, build: () => T): T {
  const outer = building;
  building = { el, snapshot };
  try {
    return build();
  } finally {
    building = outer;
  }
}

/** The `data-fp-*` attributes of `el`: as `constructWidget` read them while it is built from them, else as they are now. */
export function readAttributes(el: Element): AttributeMap {
  if (building && building.el === el) {
    const out: AttributeMap = {};
    for (const k in building.snapshot.attrs) if (Object.prototype.hasOwnProperty.call(building.snapshot.attrs, k)) out[k] = building.snapshot.attrs[k];
    return out;
  }
  return liveAttributes(el);
}
