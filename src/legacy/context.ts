import { CloudSession, Hosts, PickerDialog, Security, Uploader, UploadQueue } from '../core/contracts';
import { DEFAULT_HOSTS, hostsFromBase, mergeHosts } from '../core/hosts';
import { HttpTransport, RetryEnvironment } from '../core/http/types';
import { defaultTransport } from '../core/http/defaultTransport';
import { platformEnvironment } from '../core/http/environment';
import { FilepickerException } from './FilepickerException';
import { describeValue } from '../core/describe';
import { hasLoneSurrogate, textOf } from '../core/wellFormed';

/** A v2 member as the library implements it: `(ctx, arguments) → v2 return value`. */
export type LegacyMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;

/** The library's HTTP stack as the on-demand parts (REST, export) get it: the platform's transport and timers. */
export interface HttpStack {
  transport: HttpTransport;
  timers: RetryEnvironment;
}

/** What the facade needs from the rest of the library; injected by src/index.ts so the facade holds no UI or upload code. */
export interface LegacyDeps {
  /** The dialog, created on first use. */
  dialog(): PickerDialog;
  /** The page's file queue (called once, by the constructor). */
  queue(): UploadQueue;
  /** An upload engine for this key, security and hosts. */
  uploader(opts: { apikey: string; security: Security; hosts: Hosts; resume?: boolean; cloud?: CloudSession }): Uploader;
}

/**
 * The page-level state of the legacy API: the key (kept private, as in v2: `filepicker.apikey` stays undefined),
 * the hosts, debug flag, the warnings already printed, the page's file queue and the window the widgets live in.
 */
export class LegacyContext {
  /** The API key given to setKey. */
  private apikey: string | undefined;
  /** Why the value last given to setKey cannot be used as a key (it has no text, or its text is not well-formed). */
  private badKey: string | undefined;
  /** Hosts in effect (production defaults unless configured). */
  hosts: Hosts = DEFAULT_HOSTS;
  /** Warnings printed on this page, by key, so each is printed once. */
  private warned: { [key: string]: true } = {};
  /** The HTTP stack, created on first use (see http()). */
  private stack: HttpStack | undefined;
  /** Reads `filepicker.debug` (set by pages or data-fp-debug). */
  debug: () => boolean = () => false;
  /** The page's file queue: the dialogs and drop panes of the page share its budget of files uploading at once. */
  readonly queue: UploadQueue;
  /** The page's window, once the widgets were started with it (the global window until then). */
  win: Window | undefined;
  /** The v2 members by name, as installed on the public object (the widgets and export call them directly). */
  private members: { [name: string]: LegacyMember } = {};
  /** The page's sign-in state with the cloud sources (the cloud API's token): kept from one dialog to the next. */
  readonly cloud: CloudSession = {};
  /** The page's `filepicker` object these members were installed on (a page may wrap its functions). */
  private target: { [name: string]: unknown } | undefined;

  constructor(readonly deps: LegacyDeps) {
    this.queue = deps.queue();
  }

  /**
   * v2 stored whatever it was given and failed later, when a call put it into a URL. Here too `setKey` never throws;
   * a key with no text (`Object.create(null)`, a throwing `toString`) or text holding a lone surrogate makes each
   * call that needs the key throw a FilepickerException saying so (v2 threw a `TypeError` or `URIError` there).
   */
  setKey(key: unknown): void {
    this.apikey = undefined;
    this.badKey = undefined;
    if (key == null) return;
    const text = textOf(key);
    if (text === undefined) this.badKey = 'has no text: ' + describeValue(key);
    else if (hasLoneSurrogate(text)) this.badKey = 'is not well-formed text (it holds a lone surrogate)';
    else this.apikey = text;
  }

  getKey(): string | undefined {
    return this.apikey;
  }

  /** v2's `checkApiKey`: throws synchronously before any argument handling. */
  requireKey(): string {
    if (this.badKey) throw new FilepickerException('API Key not usable: the value given to setKey ' + this.badKey);
    if (!this.apikey) throw new FilepickerException('API Key not found');
    return this.apikey;
  }

  /** `hostname` (v2: one base URL) or a partial set of hosts. */
  configureHosts(hosts: string | Partial<Hosts> | null | undefined): void {
    if (typeof hosts === 'string' && hosts) this.hosts = hostsFromBase(hosts);
    else if (hosts && typeof hosts === 'object') this.hosts = mergeHosts(this.hosts, hosts);
  }

  /** One console warning per key per page. */
  warnOnce(key: string, message: string): void {
    if (this.warned[key]) return;
    this.warned[key] = true;
    if (typeof console !== 'undefined' && console.warn) console.warn(message);
  }

  /** Records the members behind the public object (installLegacyApi; unit tests give doubles). */
  useMembers(members: { [name: string]: LegacyMember }): void {
    for (const k in members) if (Object.prototype.hasOwnProperty.call(members, k)) this.members[k] = members[k];
  }

  /** Records the public object the members were installed on (installLegacyApi). */
  usePublicObject(target: { [name: string]: unknown }): void {
    this.target = target;
  }

  /**
   * Calls a v2 function the way v2's widgets did: through the page's `filepicker` object, so a page that wrapped
   * `pick`, `pickMultiple`, `processImage` or `exportFile` still sees the widgets' calls; the member itself when that
   * object has no such function (or none was installed).
   */
  callPublic(name: string, args: ArrayLike<unknown>): unknown {
    const target = this.target;
    const f = target ? target[name] : undefined;
    if (typeof f === 'function') return (f as (...a: unknown[]) => unknown).apply(target, Array.prototype.slice.call(args));
    return this.call(name, args);
  }

  /** Whether the member `name` is there. */
  hasMember(name: string): boolean {
    return typeof this.members[name] === 'function';
  }

  /**
   * Calls a v2 member of this page's library with `args` as its arguments, without going through the public
   * object (a page may have replaced or wrapped it). Throws when the member was not installed.
   */
  call(name: string, args: ArrayLike<unknown>): unknown {
    const member = this.members[name];
    if (typeof member !== 'function') throw new Error('filepicker: internal error, no implementation for `' + name + '`');
    return member(this, args);
  }

  /** The window of the page (given to the widgets at start, else the global one). */
  window(): Window {
    if (this.win) return this.win;
    if (typeof window !== 'undefined') return window;
    throw new Error('filepicker: this needs a browser window');
  }

  /**
   * The page's HTTP stack (src/core/http), for the on-demand REST and export parts: they get it from here rather
   * than importing it, so the main bundle keeps the stack in one scope-hoisted module.
   */
  http(): HttpStack {
    if (!this.stack) this.stack = { transport: defaultTransport(), timers: platformEnvironment() };
    return this.stack;
  }

  /** An engine for this key and security; `resume: false` (picker option) turns off continuing interrupted uploads. */
  uploader(security: Security, resume?: boolean): Uploader {
    return this.deps.uploader({ apikey: this.requireKey(), security, hosts: this.hosts, resume, cloud: this.cloud });
  }
}
