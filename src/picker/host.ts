import { FilepickerError, PREFIX, ValidationError } from '../core/errors';
import { addClass, el, Listeners, removeClass, removeNode } from './dom';

/** Where the dialog lives: the page (modal), a popup window, or an iframe of the page. */
export interface Host {
  kind: 'modal' | 'window' | 'iframe';
  doc: Document;
  win: Window;
  /** The element the dialog root goes into. */
  mount: HTMLElement;
  /** The element that receives dropped files (the overlay, or the body of the popup / iframe). */
  dropTarget: HTMLElement;
  /** The modal's overlay: a click on it (outside the dialog) closes. */
  overlay?: HTMLElement;
  /** Hides the modal while uploads go on (`hide: true`). */
  hide(): void;
  destroy(): void;
}

const POPUP_FEATURES = 'left=100,top=100,height=600,width=800,menubar=no,toolbar=no,location=no,personalbar=no,status=no,resizable=yes,scrollbars=yes';

/** The v2 text for a container that is neither `modal`, `window` nor an iframe id of the page. */
export function containerNotFound(id: string): string {
  return 'Container "' + id + '" not found. This should either be set to "window","modal", or the ID of an iframe that is currently in the document.';
}

function fill(doc: Document, title: string): HTMLElement {
  let body = doc.body;
  if (!body) {
    body = doc.createElement('body');
    doc.documentElement.appendChild(body);
  }
  addClass(doc.documentElement, 'fp-fill');
  addClass(body, 'fp-fill');
  if (title && !doc.title) doc.title = title;
  return body;
}

/**
 * Prepares the container. `onGone` is called when the user closes a popup window. Throws a ValidationError for an
 * unknown container and a FilepickerError when the popup is blocked.
 */
export function openHost(container: string, pageDoc: Document, pageWin: Window, title: string, onGone: () => void): Host {
  const listeners = new Listeners();
  if (container === 'window') {
    const popup = pageWin.open('', 'filepicker_dialog' + new Date().getTime(), POPUP_FEATURES);
    if (!popup || !popup.document) {
      throw new FilepickerError(PREFIX + 'the popup was blocked: allow pop-ups for this site, or use `container: "modal"`.');
    }
    const doc = popup.document;
    const body = fill(doc, title);
    const timer = pageWin.setInterval(function () {
      if (popup.closed) {
        pageWin.clearInterval(timer);
        onGone();
      }
    }, 200);
    return {
      kind: 'window', doc, win: popup, mount: body, dropTarget: body,
      hide: function () { /* popups are not hidden */ },
      destroy: function () {
        pageWin.clearInterval(timer);
        listeners.removeAll();
        if (!popup.closed) popup.close();
      },
    };
  }
  if (container !== 'modal') {
    const frame = pageDoc.getElementById(container);
    if (!frame || frame.tagName !== 'IFRAME') throw new ValidationError('container', PREFIX + containerNotFound(container));
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch (_e) {
      doc = null;
    }
    if (!doc || !doc.defaultView) {
      throw new ValidationError('container', PREFIX + 'the iframe "' + container + '" has no document this page can reach (it must be same-origin, e.g. without `src`).');
    }
    const body = fill(doc, '');
    const mine: Node[] = [];
    return {
      kind: 'iframe', doc, win: doc.defaultView, mount: body, dropTarget: body,
      hide: function () { /* the iframe belongs to the page */ },
      destroy: function () {
        listeners.removeAll();
        for (let i = 0; i < mine.length; i++) removeNode(mine[i]);
        removeClass(doc!.documentElement, 'fp-fill');
        removeClass(body, 'fp-fill');
      },
    };
  }
  const overlay = el(pageDoc, 'div', { class: 'fp-overlay' });
  const html = pageDoc.documentElement;
  const hadNoScroll = / fp-noscroll /.test(' ' + (html.getAttribute('class') || '') + ' ');
  (pageDoc.body || html).appendChild(overlay);
  addClass(html, 'fp-noscroll');
  function unlock(): void {
    if (!hadNoScroll) removeClass(html, 'fp-noscroll');
  }
  return {
    kind: 'modal', doc: pageDoc, win: pageWin, mount: overlay, dropTarget: overlay, overlay,
    hide: function () {
      overlay.setAttribute('hidden', '');
      unlock();
    },
    destroy: function () {
      listeners.removeAll();
      removeNode(overlay);
      unlock();
    },
  };
}
