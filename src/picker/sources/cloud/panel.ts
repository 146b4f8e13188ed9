import { CloudListing, PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { el, Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { applyStyles } from '../../styles';
import { BrowsePanel } from '../browse';
import { buildSignInForm, DEFAULT_FIELDS, formValues, SignInForm } from './form';
import { CLOUD_RULES } from './styles';

export interface CloudPanelDeps {
  doc: Document;
  config: PickerConfig;
  binder: TextBinder;
  listeners: Listeners;
  uploader: Uploader;
  announcer: Announcer;
  /** The cloud (`ftp`, `webdav`) and its name as its tab shows it. */
  cloud: 'ftp' | 'webdav';
  label: string;
  /** The (empty) panel element to fill. */
  mount: HTMLElement;
  /** Files the user chose; returns whether the dialog took them (restrictions passed). */
  onPick(files: SourceFile[]): boolean;
  /** The text of an error without the library's prefix. */
  messageOf(e: unknown): string;
  /** The server does not offer this source (`unavailable`): the dialog leaves its tab out. */
  unavailable(reason: string): void;
}

/** Thrown by the listing when the source wants a sign-in first: the panel shows its form instead. */
const SIGN_IN = 'fp-cloud-sign-in';

function wantsSignIn(e: unknown): boolean {
  return !!e && ((e as Error).message === SIGN_IN || (e as { reason?: string }).reason === 'signin');
}

let counter = 0;

/**
 * A cloud source's panel (FTP, WebDAV): its sign-in form until the server has the user's credentials, then the
 * folder browser (the one of CUSTOMSOURCE, with the selection kept across folders) and a Sign out button. A listing
 * that says "not signed in" (or a sign-in that ended) shows the form again. Everything goes through the injected
 * Uploader's cloud API; the password is only in the input and the one sign-in request.
 */
export class CloudPanel {
  /** What the panel was given by the dialog. */
  private d: CloudPanelDeps;
  /** The sign-in form. */
  private form: SignInForm;
  /** The browser and its Sign out bar. */
  private browseBox: HTMLElement;
  private signOut: HTMLButtonElement;
  private browse: BrowsePanel;
  /** A sign-in or sign-out request is under way. */
  private busy = false;
  /** Removes the panel's stylesheet. */
  private removeStyles: () => void;

  constructor(d: CloudPanelDeps) {
    const n = ++counter;
    this.d = d;
    this.removeStyles = applyStyles(d.doc, CLOUD_RULES);
    this.form = buildSignInForm(d.doc, d.binder, d.label, DEFAULT_FIELDS[d.cloud], n);
    this.form.root.setAttribute('hidden', '');
    this.signOut = el(d.doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cloud-signout' });
    d.binder.text(this.signOut, 'cloudSignOut');
    const browseMount = el(d.doc, 'div', { class: 'fp-cloud-browse' });
    this.browseBox = el(d.doc, 'div', {}, [el(d.doc, 'div', { class: 'fp-cloud-bar' }, [this.signOut]), browseMount]);
    d.mount.appendChild(this.form.root);
    d.mount.appendChild(this.browseBox);
    this.listen();
    const api = d.uploader.cloud;
    this.browse = new BrowsePanel({
      doc: d.doc, binder: d.binder, listeners: d.listeners, announcer: d.announcer, mount: browseMount,
      multiple: d.config.multiple, root: '/', rootLabel: d.label, channel: d.cloud,
      list: (folder, cursor) => api.list(d.cloud, folder, cursor).then((l: CloudListing) => {
        if (l.signIn) {
          this.fill(l.signIn.defaults);
          throw new Error(SIGN_IN);
        }
        return l;
      }),
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
      messageOf: d.messageOf,
    });
  }

  focus(): void {
    if (!this.form.root.hasAttribute('hidden')) this.firstField().focus();
    else this.browse.focus();
  }

  destroy(): void {
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
  }

  /** Shows the form (with `note`: why) in place of the browser; focus moves to it when it was in the panel. */
  private showForm(note: 'cloudSignInAgain' | null): void {
    const hadFocus = this.d.mount.contains(this.d.doc.activeElement);
    this.browseBox.setAttribute('hidden', '');
    this.form.root.removeAttribute('hidden');
    this.say(note ? this.d.binder.t(note) : null);
    if (hadFocus) this.firstField().focus();
  }

  /** The message line under the form: a text, or hidden. */
  private say(text: string | null): void {
    const m = this.form.message;
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
      this.say(null);
      this.form.root.setAttribute('hidden', '');
      this.browseBox.removeAttribute('hidden');
      this.browse.reload();
      this.browse.focus();
    }, (e: unknown) => {
      this.busy = false;
      this.form.submit.removeAttribute('disabled');
      this.say(this.d.binder.t('cloudSignInFailed', { reason: this.d.messageOf(e) }));
      (this.form.inputs.password || this.firstField()).focus();
    });
  }

  private logout(): void {
    if (this.busy) return;
    this.busy = true;
    const done = (): void => {
      this.busy = false;
      this.browse.clear();
      this.showForm(null);
      this.say(this.d.binder.t('cloudSignedOut', { source: this.d.label }));
      this.firstField().focus();
    };
    this.d.uploader.cloud.logout(this.d.cloud).then(done, done);
  }
}
