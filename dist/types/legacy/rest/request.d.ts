import { HttpRequest, HttpResponse, HttpTransport, RetryEnvironment } from '../../core/http/types';
import { Outcome } from '../callbacks';
import { CodeTable } from './codes';
/** One REST request and how its answer reaches the caller. */
export interface Call {
    transport: HttpTransport;
    request: HttpRequest;
    codes: CodeTable;
    outcome: Outcome;
    /** Report progress to the caller: v2's number 0–100 (`round(loaded*95/total)` while moving bytes, then 100). */
    progress?: boolean;
    /** Safe to repeat (a GET): retried on these timers after a network error, a timeout, 408, 429 or 5xx (policy.ts). */
    retryOn?: RetryEnvironment;
    /** Turns a 2xx answer into the success value; throwing fails the call with `codes.other`. */
    parse(res: HttpResponse): unknown;
}
/** What came back: an answer with any status, or none (`failure` says why: the transport's error). */
export interface Answer {
    res?: HttpResponse;
    failure?: Error;
}
/** v2's REST progress as a function of bytes: never backwards, each value once, 100 only at the end. */
export declare function percentReporter(outcome: Outcome, scale: number): {
    bytes(loaded: number, total?: number): void;
    done(): void;
};
/** Whether `url` is on another origin than the page (a relative URL is not). */
export declare function isCrossOrigin(url: string): boolean;
/** The answer as v2's binary string: its bytes for an `arraybuffer` request (one char per byte), else its text. */
export declare function bytesOf(res: HttpResponse): string;
/** The server's explanation in an error answer (`{error}` / `{message}` JSON, or the start of the text), or why none came. */
export declare function explain(req: HttpRequest, answer: Answer): string;
/** Sends the request (with retries for a `retryOn` call); resolves with the last answer or why none came. */
export declare function exchange(call: Call, sent: HttpRequest): Promise<Answer>;
/** Sends the call's request; exactly one of its callbacks runs, also when handling the answer fails unexpectedly. */
export declare function perform(call: Call): void;
/** Parses a JSON answer (throws a readable error when it is not JSON); the caller checks its shape. */
export declare function parseJson(res: HttpResponse): unknown;
