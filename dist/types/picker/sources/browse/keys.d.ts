/** Keyboard movement in the listbox (WAI-ARIA listbox pattern): the index a key moves the active option to. */
export declare const PAGE_STEP = 10;
/** The new active index for `key`, or -1 when the key does not move it. `count` options, `current` (-1 = none). */
export declare function moveIndex(key: string, current: number, count: number): number;
/** Type-ahead: the next option after `current` whose name starts with `prefix` (case-insensitive), wrapping; -1 if none. */
export declare function findByPrefix(names: string[], prefix: string, current: number): number;
