/** Focus helpers for the dialog: what can take focus, and Tab / Shift+Tab kept inside the dialog. */

const FOCUSABLE = 'a[href],area[href],button,input,select,textarea,iframe,[tabindex],[contenteditable=true]';

function isHidden(node: Element, root: Element): boolean {
  for (let n: Element | null = node; n && n !== root.parentNode; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** The elements of `root` reachable with Tab, in document order. */
export function focusableWithin(root: Element): HTMLElement[] {
  const all = root.querySelectorAll(FOCUSABLE);
  const out: HTMLElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const e = all[i] as HTMLElement;
    if ((e as HTMLButtonElement).disabled) continue;
    const ti = e.getAttribute('tabindex');
    if (ti !== null && parseInt(ti, 10) < 0) continue;
    if (e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'hidden') continue;
    if (isHidden(e, root)) continue;
    out.push(e);
  }
  return out;
}

/**
 * Handles a Tab keydown so focus cycles inside `root`: Tab on the last element goes to the first, Shift+Tab on the
 * first goes to the last, and focus found outside comes back in. Returns true when it moved focus itself.
 */
export function trapTab(event: KeyboardEvent, root: Element): boolean {
  if (event.key !== 'Tab' && event.keyCode !== 9) return false;
  const items = focusableWithin(root);
  const doc = root.ownerDocument;
  const active = doc.activeElement;
  if (!items.length) {
    event.preventDefault();
    return true;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const inside = !!active && root.contains(active);
  if (!inside) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
    return true;
  }
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
    return true;
  }
  if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
    return true;
  }
  return false;
}
