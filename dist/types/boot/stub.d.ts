/** The global that holds (or will hold) `filepicker`. */
export interface StubHost {
    filepicker?: unknown;
}
/**
 * Makes `window.filepicker` a v2 async-loader stub while the polyfills load: every function member (and `init`,
 * `configure`) records its call in `_queue`; the library, once it runs, fills this same object and replays the
 * queue (src/legacy/asyncQueue.ts). An object the page set already (`{hostname}`, or its own stub with `_queue`)
 * is kept and completed, not replaced. Returns the stub.
 */
export declare function installStub(win: StubHost): {
    [k: string]: unknown;
};
/** Adds `<script src=url>` to the page; `done(ok)` runs once it ran or failed. */
export declare function loadScript(doc: Document, url: string, done: (ok: boolean) => void): void;
