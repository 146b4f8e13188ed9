/** A tiny abort controller (ES5, no AbortController needed), with parent linking. */
import { AbortSignalLike } from './types';
export declare class Aborter implements AbortSignalLike {
    /** Whether abort() was called. */
    aborted: boolean;
    /** Listeners still waiting for the abort. */
    private listeners;
    onAbort(listener: () => void): () => void;
    abort(): void;
    /** A child that aborts with this one (and can also be aborted alone). `dispose` unlinks it. */
    child(): {
        aborter: Aborter;
        dispose: () => void;
    };
}
/** The error transports reject with when a signal fired. */
export declare function abortedTransportError(): Error;
