import { CloudSession, Hosts, PickerDialog, Security, Uploader, UploadQueue } from '../core/contracts';
import { HttpTransport, RetryEnvironment } from '../core/http/types';
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
    uploader(opts: {
        apikey: string;
        security: Security;
        hosts: Hosts;
        resume?: boolean;
        cloud?: CloudSession;
    }): Uploader;
}
/**
 * The page-level state of the legacy API: the key (kept private, as in v2: `filepicker.apikey` stays undefined),
 * the hosts, debug flag, the warnings already printed, the page's file queue and the window the widgets live in.
 */
export declare class LegacyContext {
    readonly deps: LegacyDeps;
    /** The API key given to setKey. */
    private apikey;
    /** Why the value last given to setKey cannot be used as a key (it has no text, or its text is not well-formed). */
    private badKey;
    /** Hosts in effect (production defaults unless configured). */
    hosts: Hosts;
    /** Warnings printed on this page, by key, so each is printed once. */
    private warned;
    /** The HTTP stack, created on first use (see http()). */
    private stack;
    /** Reads `filepicker.debug` (set by pages or data-fp-debug). */
    debug: () => boolean;
    /** The page's file queue: the dialogs and drop panes of the page share its budget of files uploading at once. */
    readonly queue: UploadQueue;
    /** The page's window, once the widgets were started with it (the global window until then). */
    win: Window | undefined;
    /** The v2 members by name, as installed on the public object (the widgets and export call them directly). */
    private members;
    /** The page's sign-in state with the cloud sources (the cloud API's token): kept from one dialog to the next. */
    readonly cloud: CloudSession;
    /** The page's `filepicker` object these members were installed on (a page may wrap its functions). */
    private target;
    constructor(deps: LegacyDeps);
    /**
     * v2 stored whatever it was given and failed later, when a call put it into a URL. Here too `setKey` never throws;
     * a key with no text (`Object.create(null)`, a throwing `toString`) or text holding a lone surrogate makes each
     * call that needs the key throw a FilepickerException saying so (v2 threw a `TypeError` or `URIError` there).
     */
    setKey(key: unknown): void;
    getKey(): string | undefined;
    /** v2's `checkApiKey`: throws synchronously before any argument handling. */
    requireKey(): string;
    /** `hostname` (v2: one base URL) or a partial set of hosts. */
    configureHosts(hosts: string | Partial<Hosts> | null | undefined): void;
    /** One console warning per key per page. */
    warnOnce(key: string, message: string): void;
    /** Records the members behind the public object (installLegacyApi; unit tests give doubles). */
    useMembers(members: {
        [name: string]: LegacyMember;
    }): void;
    /** Records the public object the members were installed on (installLegacyApi). */
    usePublicObject(target: {
        [name: string]: unknown;
    }): void;
    /**
     * Calls a v2 function the way v2's widgets did: through the page's `filepicker` object, so a page that wrapped
     * `pick`, `pickMultiple`, `processImage` or `exportFile` still sees the widgets' calls; the member itself when that
     * object has no such function (or none was installed).
     */
    callPublic(name: string, args: ArrayLike<unknown>): unknown;
    /** Whether the member `name` is there. */
    hasMember(name: string): boolean;
    /**
     * Calls a v2 member of this page's library with `args` as its arguments, without going through the public
     * object (a page may have replaced or wrapped it). Throws when the member was not installed.
     */
    call(name: string, args: ArrayLike<unknown>): unknown;
    /** The window of the page (given to the widgets at start, else the global one). */
    window(): Window;
    /**
     * The page's HTTP stack (src/core/http), for the on-demand REST and export parts: they get it from here rather
     * than importing it, so the main bundle keeps the stack in one scope-hoisted module.
     */
    http(): HttpStack;
    /** An engine for this key and security; `resume: false` (picker option) turns off continuing interrupted uploads. */
    uploader(security: Security, resume?: boolean): Uploader;
}
