import { CloudListing, OAuthAnswer, PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { el, Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { applyStyles } from '../../styles';
import { BrowsePanel } from '../browse';
import { failureText } from './failure';
import { buildSignInForm, DEFAULT_FIELDS, formValues, SignInForm } from './form';
import { buildOAuthSignIn, OAuthSignIn, POPUP_FEATURES, watchPopup } from './oauth';
import { buildSearchBox, SearchBox, wireSearchBox } from './search';
import { CLOUD_RULES } from './styles';

export interface CloudPanelDeps {
  doc: Document;
  /** The page's window: the OAuth popup's opener, which receives its answer. */
  win: Window;
  config: PickerConfig;
  binder: TextBinder;
  listeners: Listeners;
  uploader: Uploader;
  announcer: Announcer;
  /** The cloud (`ftp`, `webdav`, `dropbox`) and its name as its tab shows it. */
  cloud: string;
  label: string;
  /** The (empty) panel element to fill. */
  mount: HTMLElement;
  /** Files the user chose; returns whether the dialog took them (restrictions passed). */
  onPick(files: SourceFile[]): boolean;
  /** The text of an error without the library's prefix. */
  messageOf(e: unknown): string;
  /** The server does not offer this source (`unavailable`): the dialog leaves its tab out. */
  unavailable(reason: string): void;
  /** Folder mode: the browser lists folders only and offers "Choose this folder", which calls this. */
  onFolder?(folder: { path: string; name: string }): void;
}

/** Thrown by the listing when the source wants a sign-in first: the panel shows its form instead. */
const SIGN_IN = 'fp-cloud-sign-in';

function wantsSignIn(e: unknown): boolean {
  return !!e && ((e as Error).message === SIGN_IN || (e as { reason?: string }).reason === 'signin');
}

let counter = 0;

/**
 * A cloud source's panel (FTP, WebDAV, Dropbox): its sign-in screen until the server has the user's credentials (a
 * form; for an OAuth source a button opening the provider's page in a popup, whose answer the cloud API checks), then
 * the folder browser (the one of CUSTOMSOURCE, with the selection kept across folders) and a Sign out button. A listing
 * that says "not signed in" (or a sign-in that ended) shows the form again. Everything goes through the injected
 * Uploader's cloud API; the password is only in the input and the one sign-in request.
 */
export class CloudPanel {
  /** What the panel was given by the dialog. */
  private d: CloudPanelDeps;
  /** The sign-in form (credential sources) and the OAuth sign-in button. */
  private form: SignInForm;
  private oauth: OAuthSignIn;
  /** The OAuth page of the last listing that asked for a sign-in; null for a credential source. */
  private redirect: string | null = null;
  /** Stops watching the open popup. */
  private unwatch: (() => void) | null = null;
  /** The browser and its Sign out bar. */
  private browseBox: HTMLElement;
  private signOut: HTMLButtonElement;
  private browse: BrowsePanel;
  /** The search field, shown once a listing says the source can search (not in folder mode). */
  private searchBox: SearchBox;
  /** A sign-in or sign-out request is under way. */
  private busy = false;
  /** Removes the panel's stylesheet. */
  private removeStyles: () => void;

  constructor(d: CloudPanelDeps) {
    const n = ++counter;
    this.d = d;
    this.removeStyles = applyStyles(d.doc, CLOUD_RULES);
    this.form = buildSignInForm(d.doc, d.binder, d.label, DEFAULT_FIELDS[d.cloud] || [], n);
    this.form.root.setAttribute('hidden', '');
    this.oauth = buildOAuthSignIn(d.doc, d.binder, d.label, n);
    this.oauth.root.setAttribute('hidden', '');
    this.signOut = el(d.doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cloud-signout' });
    d.binder.text(this.signOut, 'cloudSignOut');
    this.searchBox = buildSearchBox(d.doc, d.binder, d.label, n);
    const browseMount = el(d.doc, 'div', { class: 'fp-cloud-browse' });
    this.browseBox = el(d.doc, 'div', {}, [el(d.doc, 'div', { class: 'fp-cloud-bar' }, [this.searchBox.root, this.signOut]), browseMount]);
    d.mount.appendChild(this.form.root);
    d.mount.appendChild(this.oauth.root);
    d.mount.appendChild(this.browseBox);
    this.listen();
    const api = d.uploader.cloud;
    const answer = (l: CloudListing): CloudListing => {
      if (l.signIn) {
        if (l.signIn.redirect) this.redirect = l.signIn.redirect;
        else this.fill(l.signIn.defaults);
        throw new Error(SIGN_IN);
      }
      if (l.searchable && !d.onFolder) this.searchBox.root.removeAttribute('hidden');
      return l;
    };
    this.browse = new BrowsePanel({
      doc: d.doc, binder: d.binder, listeners: d.listeners, announcer: d.announcer, mount: browseMount,
      multiple: d.config.multiple, root: '/', rootLabel: d.label, channel: d.cloud,
      list: (folder, cursor) => api.list(d.cloud, folder, cursor).then(answer),
      search: (query, cursor) => api.search(d.cloud, query, cursor).then(answer),
      searchEnded: () => {
        this.searchBox.input.value = '';
      },
      handles: (e) => {
        if ((e as { reason?: string }).reason === 'unavailable') {
          d.unavailable(d.messageOf(e));
          return false;
        }
        if (!wantsSignIn(e)) return false;
        this.showForm((e as Error).message === SIGN_IN ? null : 'cloudSignInAgain');
        return true;
      },
      onPick: d.onPick,
      messageOf: (e) => failureText(d.binder, d.label, e, d.messageOf),
      chooseFolder: d.onFolder,
      thumbnail: (file, signal) => api.thumbnail({ cloud: d.cloud, path: file.path }, signal),
    });
    wireSearchBox(this.searchBox, d.listeners, this.browse);
  }

  focus(): void {
    if (this.browseBox.hasAttribute('hidden')) this.firstField().focus();
    else this.browse.focus();
  }

  destroy(): void {
    if (this.unwatch) this.unwatch();
    this.browse.destroy();
    this.removeStyles();
  }

  /** Fills the empty inputs with the values the server offers (a demo source's). */
  private fill(defaults: { [field: string]: string } | undefined): void {
    const inputs = this.form.inputs;
    for (const k in defaults) {
      if (Object.prototype.hasOwnProperty.call(defaults, k) && Object.prototype.hasOwnProperty.call(inputs, k) && !inputs[k].value) inputs[k].value = defaults[k];
    }
  }

  private firstField(): HTMLInputElement | HTMLButtonElement {
    if (this.redirect) return this.oauth.button;
    const f = this.form.form.querySelector('input') as HTMLInputElement | null;
    return f || this.form.submit;
  }

  private listen(): void {
    const L = this.d.listeners;
    L.on(this.form.form, 'submit', (e: Event) => {
      e.preventDefault();
      this.submit();
    });
    L.on(this.signOut, 'click', () => {
      this.logout();
    });
    L.on(this.oauth.button, 'click', () => {
      this.openPopup();
    });
  }

  /** Shows the sign-in screen (with `note`: why) in place of the browser; focus moves to it when it was in the panel. */
  private showForm(note: 'cloudSignInAgain' | null): void {
    const hadFocus = this.d.mount.contains(this.d.doc.activeElement);
    this.browseBox.setAttribute('hidden', '');
    (this.redirect ? this.oauth : this.form).root.removeAttribute('hidden');
    this.say(note ? this.d.binder.t(note) : null);
    if (hadFocus) this.firstField().focus();
  }

  /** The message line under the form: a text, or hidden. */
  private say(text: string | null): void {
    const m = this.redirect ? this.oauth.message : this.form.message;
    if (text === null) {
      m.setAttribute('hidden', '');
      m.textContent = '';
      return;
    }
    m.textContent = text;
    m.removeAttribute('hidden');
    this.d.announcer.say(this.d.cloud, text, true);
  }

  private submit(): void {
    if (this.busy) return;
    const got = formValues(this.form);
    if (got.missing) {
      got.missing.focus();
      return;
    }
    this.busy = true;
    this.form.submit.setAttribute('disabled', '');
    this.say(this.d.binder.t('cloudSigningIn'));
    let p: Promise<void>;
    try {
      p = this.d.uploader.cloud.signIn(this.d.cloud, got.values);
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(() => {
      this.busy = false;
      this.form.submit.removeAttribute('disabled');
      if (this.form.inputs.password) this.form.inputs.password.value = '';
      this.signedIn();
    }, (e: unknown) => {
      this.busy = false;
      this.form.submit.removeAttribute('disabled');
      this.say(this.d.binder.t('cloudSignInFailed', { reason: this.d.messageOf(e) }));
      (this.form.inputs.password || this.firstField()).focus();
    });
  }

  /** Signed in: the browser lists the top folder again. */
  private signedIn(): void {
    this.say(null);
    this.form.root.setAttribute('hidden', '');
    this.oauth.root.setAttribute('hidden', '');
    this.browseBox.removeAttribute('hidden');
    this.browse.reload();
    this.browse.focus();
  }

  /**
   * Opens the provider's page in a popup, from the click (so popup blockers let it open), and waits for its answer:
   * signed in (list again), refused (say why), or closed without one (back to the button, saying so).
   */
  private openPopup(): void {
    if (this.busy || !this.redirect) return;
    const popup = this.d.win.open(this.redirect, 'fp-cloud-' + this.d.cloud, POPUP_FEATURES);
    if (!popup) {
      this.say(this.d.binder.t('cloudPopupBlocked'));
      return;
    }
    this.busy = true;
    this.oauth.button.setAttribute('disabled', '');
    this.say(this.d.binder.t('cloudSigningIn'));
    this.unwatch = watchPopup({
      win: this.d.win,
      popup,
      read: (origin, data) => this.d.uploader.cloud.oauthMessage(this.d.cloud, origin, data),
      done: (a: OAuthAnswer | null) => {
        this.unwatch = null;
        this.busy = false;
        this.oauth.button.removeAttribute('disabled');
        if (a && a.signedIn) this.signedIn();
        else {
          this.say(a ? this.d.binder.t('cloudSignInFailed', { reason: a.message }) : this.d.binder.t('cloudSignInClosed'));
          this.oauth.button.focus();
        }
      },
    });
  }

  /**
   * Sign out. An OAuth source (no form of its own) lists once more first: the answer carries a fresh sign-in page (the
   * last one expires, and a panel that was signed in from the start never had one).
   */
  private logout(): void {
    if (this.busy) return;
    this.busy = true;
    const shown = (): void => {
      this.busy = false;
      this.showForm(null);
      this.say(this.d.binder.t('cloudSignedOut', { source: this.d.label }));
      this.firstField().focus();
    };
    const done = (): void => {
      this.browse.clear();
      this.searchBox.input.value = '';
      this.searchBox.root.setAttribute('hidden', '');
      if (!this.redirect && DEFAULT_FIELDS[this.d.cloud]) return shown();
      this.d.uploader.cloud.list(this.d.cloud, '/').then((l: CloudListing) => {
        if (l.signIn && l.signIn.redirect) this.redirect = l.signIn.redirect;
      }, () => undefined).then(shown, shown);
    };
    this.d.uploader.cloud.logout(this.d.cloud).then(done, done);
  }
}
