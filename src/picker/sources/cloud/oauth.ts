import { OAuthAnswer } from '../../../core/contracts';
import { el } from '../../dom';
import { TextBinder } from '../../i18n/binder';

/** The sign-in screen of an OAuth source (Dropbox): a button that opens the provider's page in a popup. */
export interface OAuthSignIn {
  root: HTMLElement;
  button: HTMLButtonElement;
  /** Why the last sign-in did not happen, or that it is under way. */
  message: HTMLElement;
}

export function buildOAuthSignIn(doc: Document, binder: TextBinder, sourceLabel: string, n: number): OAuthSignIn {
  const message = el(doc, 'p', { class: 'fp-cloud-message', id: 'fp-cloud-oauth-message-' + n, hidden: '' });
  const button = el(doc, 'button', { type: 'button', class: 'fp-btn fp-cloud-oauth', 'aria-describedby': message.id });
  binder.text(button, 'cloudSignInOAuth', { source: sourceLabel });
  const root = el(doc, 'section', { class: 'fp-cloud-signin fp-cloud-oauth-signin' }, [message, el(doc, 'div', { class: 'fp-row' }, [button])]);
  return { root, button, message };
}

/** The popup's features: a window of its own, sized for a provider's consent page. */
export const POPUP_FEATURES = 'width=600,height=720,menubar=no,toolbar=no';

export interface PopupWatch {
  win: Window;
  popup: Window;
  /** Reads one `message` of the page (the cloud API client checks origin and shape). */
  read(origin: string, data: unknown): Promise<OAuthAnswer | null>;
  /** The popup's answer, or null when it was closed without one. Called once. */
  done(answer: OAuthAnswer | null): void;
}

/**
 * Waits for the first answer of the cloud API posted to the page, or for the popup to close without one (checked a
 * few times a second: a closed popup sends no event). Returns a function that stops watching.
 */
/** How long a closed popup's answer may take to arrive. */
const CLOSE_GRACE_MS = 500;

export function watchPopup(w: PopupWatch): () => void {
  let over = false;
  let pending: Promise<void> = Promise.resolve();
  const stop = (): void => {
    over = true;
    w.win.removeEventListener('message', onMessage, false);
    w.win.clearInterval(timer);
  };
  const finish = (a: OAuthAnswer | null): void => {
    if (over) return;
    stop();
    w.done(a);
  };
  function onMessage(e: MessageEvent): void {
    if (over) return;
    const origin = e.origin;
    const data: unknown = e.data;
    pending = pending.then(() => w.read(origin, data)).then((a) => {
      if (a) finish(a);
    }, () => undefined);
  }
  w.win.addEventListener('message', onMessage, false);
  const timer = w.win.setInterval(() => {
    if (!w.popup.closed) return;
    w.win.clearInterval(timer);
    // an answer posted just before the popup closed may still be on its way to this window (the popup's close and
    // its message are separate tasks): give it a moment, then read what came first
    const closed = (): void => {
      finish(null);
    };
    w.win.setTimeout(() => {
      pending.then(closed, closed);
    }, CLOSE_GRACE_MS);
  }, 250);
  return stop;
}
