import { Listeners } from './dom';
import { focusableWithin, trapTab } from './focus';

/** How a modal is labelled and what Escape does. */
export interface ModalOptions {
  /** Id of the element that names the dialog (its title). */
  labelledBy: string;
  /** Id of the element that describes it, if any. */
  describedBy?: string;
  /** Escape was pressed while the modal is shown: the owner decides (close, or cancel something inside first). */
  onEscape(event: KeyboardEvent): void;
  /**
   * Where focus goes back when the modal is hidden or destroyed. Default: the element that had focus when the modal
   * was made (give it when the dialog lives in another document than the opener, e.g. a popup window).
   */
  returnFocus?: Element | null;
}

function isEscape(e: KeyboardEvent): boolean {
  return e.key === 'Escape' || e.key === 'Esc' || e.keyCode === 27;
}

function isTab(e: KeyboardEvent): boolean {
  return e.key === 'Tab' || e.keyCode === 9;
}

/**
 * The library's one modal dialog behaviour (the picker and export's save dialog): ARIA set once on the dialog
 * element (`role=dialog`, `aria-modal`, its label and description, `tabindex=-1`); the focused element saved and
 * given focus back on `hide()` / `destroy()`; Tab and Shift+Tab kept inside; focus that wanders out brought back;
 * Escape handed to the owner. Keys are heard on the dialog element; the document's keydown is used only while focus
 * was lost to its body (an element that had focus was removed). Every listener is added with addEventListener and
 * all are removed by `destroy()`; no page global is touched. It has no text of its own: its owner builds the content,
 * with strings from the translator.
 */
/** The shown modals, oldest first: only the last (the one on top) holds keys and focus. */
const shownModals: Modal[] = [];

function forget(m: Modal): void {
  const i = shownModals.indexOf(m);
  if (i >= 0) shownModals.splice(i, 1);
}

export class Modal {
  /** The dialog element. */
  readonly root: HTMLElement;
  /** The dialog's document (the page's, a popup's or an iframe's). */
  private doc: Document;
  /** What Escape does. */
  private onEscape: (event: KeyboardEvent) => void;
  /** The element focus goes back to on hide / destroy. */
  private returnFocus: Element | null;
  /** Every listener the modal added, removed together by destroy(). */
  private listeners = new Listeners();
  /** Keys and focus are held while shown (false before show(), after hide() and after destroy()). */
  private shown = false;
  /** destroy() ran: show() does nothing any more. */
  private destroyed = false;

  constructor(root: HTMLElement, options: ModalOptions) {
    this.root = root;
    this.doc = root.ownerDocument;
    this.onEscape = options.onEscape;
    this.returnFocus = options.returnFocus !== undefined ? options.returnFocus : this.doc.activeElement;
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-modal', 'true');
    root.setAttribute('aria-labelledby', options.labelledBy);
    if (options.describedBy) root.setAttribute('aria-describedby', options.describedBy);
    root.setAttribute('tabindex', '-1');
    this.listeners.on(root, 'keydown', (e: KeyboardEvent) => {
      this.onKeydown(e);
    });
    this.listeners.on(this.doc, 'keydown', (e: KeyboardEvent) => {
      if (this.focusLost(e.target)) this.onKeydown(e);
    });
    this.listeners.on(this.doc, 'focusin', (e: FocusEvent) => {
      if (this.onTop() && e.target && !root.contains(e.target as Node)) this.focusFirst();
    }, true);
  }

  /**
   * Starts holding keys and focus and moves focus in: to `target` when given; else it stays where it is when already
   * inside the dialog; else it goes to the first focusable element, or the dialog itself.
   */
  show(target?: HTMLElement | null): void {
    if (this.destroyed) return;
    this.shown = true;
    forget(this);
    shownModals.push(this);
    if (target) target.focus();
    else if (!this.root.contains(this.doc.activeElement)) this.focusFirst();
  }

  /** Stops holding keys and focus and gives focus back (the nodes stay; show() resumes). */
  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    forget(this);
    const back = this.returnFocus as HTMLElement | null;
    const doc = back && back.ownerDocument;
    if (back && doc && typeof back.focus === 'function' && doc.documentElement.contains(back)) back.focus();
  }

  /** hide(), then removes every listener the modal added. The owner removes the nodes. */
  destroy(): void {
    this.hide();
    this.destroyed = true;
    this.listeners.removeAll();
  }

  /** Shown, and no modal shown after it is still shown (a second dialog opened over this one holds focus). */
  private onTop(): boolean {
    return this.shown && shownModals[shownModals.length - 1] === this;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!this.onTop()) return;
    if (isEscape(e)) {
      e.preventDefault();
      this.onEscape(e);
    } else if (isTab(e)) {
      trapTab(e, this.root);
    }
  }

  /** A key pressed on the document itself or its body: the element that had focus is gone. */
  private focusLost(target: EventTarget | null): boolean {
    const doc = this.doc;
    return target === doc || target === doc.body || target === doc.documentElement;
  }

  private focusFirst(): void {
    (focusableWithin(this.root)[0] || this.root).focus();
  }
}
