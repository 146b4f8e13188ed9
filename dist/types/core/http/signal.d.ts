/** A tiny abort controller (ES5, no AbortController needed), with parent linking; and the transports' errors. */
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
/** A transport failure: `name` is `TransportError`, `TimeoutError` or `AbortError` (see HttpTransport). */
export declare function transportFailure(name: 'TransportError' | 'TimeoutError' | 'AbortError', message: string): Error;
/** The error transports reject with when a signal fired. */
export declare function abortedTransportError(): Error;
/** The error transports reject with when `timeoutMs` passed. */
export declare function timeoutError(ms: number | undefined): Error;
/** Bytes of a request body we can count without reading it (Blob, bytes); undefined for strings, forms and none. */
export declare function bodyLength(body: unknown): number | undefined;
