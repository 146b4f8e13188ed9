/** Keyboard movement in the listbox (WAI-ARIA listbox pattern): the index a key moves the active option to. */

export const PAGE_STEP = 10;

/** The new active index for `key`, or -1 when the key does not move it. `count` options, `current` (-1 = none). */
export function moveIndex(key: string, current: number, count: number): number {
  if (!count) return -1;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'Down':
      return current < 0 ? 0 : Math.min(last, current + 1);
    case 'ArrowUp':
    case 'Up':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, Math.max(0, current) + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, current - PAGE_STEP);
    default:
      return -1;
  }
}

/** Type-ahead: the next option after `current` whose name starts with `prefix` (case-insensitive), wrapping; -1 if none. */
export function findByPrefix(names: string[], prefix: string, current: number): number {
  const p = prefix.toLowerCase();
  if (!p || !names.length) return -1;
  for (let k = 1; k <= names.length; k++) {
    const i = (current + k + names.length) % names.length;
    if (names[i].toLowerCase().indexOf(p) === 0) return i;
  }
  return -1;
}
