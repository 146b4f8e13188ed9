import { Hosts, PickerDialog, Security, Uploader } from '../core/contracts';
/** What the facade needs from the rest of the library; injected by src/index.ts so the facade holds no UI or upload code. */
export interface LegacyDeps {
    /** The dialog, created on first use. */
    dialog(): PickerDialog;
    /** An upload engine for this key, security and hosts. */
    uploader(opts: {
        apikey: string;
        security: Security;
        hosts: Hosts;
    }): Uploader;
}
/**
 * The page-level state of the legacy API: the key (kept private, as in v2: `filepicker.apikey` stays undefined),
 * the hosts, debug flag and the warnings already printed.
 */
export declare class LegacyContext {
    readonly deps: LegacyDeps;
    /** The API key given to setKey. */
    private apikey;
    /** Hosts in effect (production defaults unless configured). */
    hosts: Hosts;
    /** Warnings printed on this page, by key, so each is printed once. */
    private warned;
    /** Reads `filepicker.debug` (set by pages or data-fp-debug). */
    debug: () => boolean;
    constructor(deps: LegacyDeps);
    setKey(key: unknown): void;
    getKey(): string | undefined;
    /** v2's `checkApiKey`: throws synchronously before any argument handling. */
    requireKey(): string;
    /** `hostname` (v2: one base URL) or a partial set of hosts. */
    configureHosts(hosts: string | Partial<Hosts> | null | undefined): void;
    /** One console warning per key per page. */
    warnOnce(key: string, message: string): void;
    uploader(security: Security): Uploader;
}
