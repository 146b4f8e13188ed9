import { FPError } from './FPError';
import { Fn } from './shift';
/**
 * Runs a callback later, never inside the call that registered it (Angular pages call `$scope.$apply` in
 * callbacks). Timers with the same delay run in order, so progress, then success, arrive in the order given.
 */
export declare function later(fn: Fn | undefined, arg?: unknown, noArg?: boolean): void;
/**
 * Guards one call's outcome: exactly one of success / error is delivered, once (v2 could call `onSuccess` twice:
 * gotcha G10), and nothing at all after `close()`.
 */
export declare class Outcome {
    private readonly onSuccess;
    private readonly onError;
    private readonly onProgress?;
    /** True once a result, an error or close() ended this call. */
    private done;
    constructor(onSuccess: Fn | undefined, onError: Fn | undefined, onProgress?: Fn | undefined);
    get finished(): boolean;
    succeed(value: unknown): void;
    fail(error: FPError): void;
    progress(value: unknown): void;
    /** Ends silently (`{close()}` fires no callback, as in v2). */
    close(): void;
}
/** What the server said: the `error` of a JSON answer (`{"error": "…"}`), else the answer's text as it is. */
export declare function serverMessage(body: string): string;
/** The FPError for an error from the dialog or the engine on the pick path; a server's reason goes into `details`. */
export declare function pickErrorToFP(err: unknown): FPError;
/** Runs `fn`, turning a ValidationError into the documented synchronous channel: a thrown FilepickerException. */
export declare function throwingValidation<T>(fn: () => T): T;
