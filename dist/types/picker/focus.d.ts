/** Focus helpers for the dialog: what can take focus, and Tab / Shift+Tab kept inside the dialog. */
/** The elements of `root` reachable with Tab, in document order. */
export declare function focusableWithin(root: Element): HTMLElement[];
/**
 * Handles a Tab keydown so focus cycles inside `root`: Tab on the last element goes to the first, Shift+Tab on the
 * first goes to the last, and focus found outside comes back in. Returns true when it moved focus itself.
 */
export declare function trapTab(event: KeyboardEvent, root: Element): boolean;
