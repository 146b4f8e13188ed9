import { Hosts, PickerDialog, Security, Uploader } from '../core/contracts';
import { DEFAULT_HOSTS, hostsFromBase, mergeHosts } from '../core/hosts';
import { FilepickerException } from './FilepickerException';

/** What the facade needs from the rest of the library; injected by src/index.ts so the facade holds no UI or upload code. */
export interface LegacyDeps {
  /** The dialog, created on first use. */
  dialog(): PickerDialog;
  /** An upload engine for this key, security and hosts. */
  uploader(opts: { apikey: string; security: Security; hosts: Hosts; resume?: boolean }): Uploader;
}

/**
 * The page-level state of the legacy API: the key (kept private, as in v2: `filepicker.apikey` stays undefined),
 * the hosts, debug flag and the warnings already printed.
 */
export class LegacyContext {
  /** The API key given to setKey. */
  private apikey: string | undefined;
  /** Hosts in effect (production defaults unless configured). */
  hosts: Hosts = DEFAULT_HOSTS;
  /** Warnings printed on this page, by key, so each is printed once. */
  private warned: { [key: string]: true } = {};
  /** Reads `filepicker.debug` (set by pages or data-fp-debug). */
  debug: () => boolean = () => false;

  constructor(readonly deps: LegacyDeps) {}

  setKey(key: unknown): void {
    this.apikey = key == null ? undefined : String(key);
  }

  getKey(): string | undefined {
    return this.apikey;
  }

  /** v2's `checkApiKey`: throws synchronously before any argument handling. */
  requireKey(): string {
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

  /** An engine for this key and security; `resume: false` (picker option) turns off continuing interrupted uploads. */
  uploader(security: Security, resume?: boolean): Uploader {
    return this.deps.uploader({ apikey: this.requireKey(), security, hosts: this.hosts, resume });
  }
}
