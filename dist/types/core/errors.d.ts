/**
 * The library's error hierarchy (modern API). Every error has a stable `name`, so guards work across frames
 * (the dialog may live in an iframe or a popup): use the `is*` functions, not `instanceof`.
 * The legacy facade maps these to FPError codes.
 */
/** Prefix of every message the library writes. */
export declare const PREFIX = "filepicker: ";
export declare class FilepickerError extends Error {
    constructor(message: string);
}
/** Bad input from the caller; `option` names the option or field. */
export declare class ValidationError extends FilepickerError {
    readonly option: string;
    constructor(option: string, message: string);
}
/** An HTTP request failed (network error, timeout, or an error status). */
export declare class NetworkError extends FilepickerError {
    readonly method: string;
    readonly url: string;
    /** HTTP status, 0 for a network failure or a timeout. */
    readonly status: number;
    /** The server's explanation, when it sent one (text, never HTML). */
    readonly body?: string;
    readonly requestId?: string;
    /** A cloud source's failure: the source (`ftp`, `webdav`, …) and the server's cause (`signin`, `notfound`, …). */
    readonly provider?: string;
    readonly reason?: string;
    /** A cloud file refused for its size (413 `toolarge`): its size and the limit it is above, in bytes, when the server said. */
    readonly size?: number;
    readonly maxSize?: number;
    constructor(message: string, info: {
        method: string;
        url: string;
        status: number;
        body?: string;
        requestId?: string;
        provider?: string;
        reason?: string;
        size?: number;
        maxSize?: number;
    });
}
/** The caller or the user cancelled. Cancellation is not a failure. */
export declare class AbortError extends FilepickerError {
    constructor(message?: string);
}
export declare function isAbortError(e: unknown): e is AbortError;
export declare function isNetworkError(e: unknown): e is NetworkError;
export declare function isValidationError(e: unknown): e is ValidationError;
