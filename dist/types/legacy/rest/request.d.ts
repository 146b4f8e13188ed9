import { Outcome } from '../callbacks';
import { CodeTable } from './codes';
import { HttpRequest, HttpResponse, Transport } from './transport';
/** One REST request and how its answer reaches the caller. */
export interface Call {
    transport: Transport;
    request: HttpRequest;
    codes: CodeTable;
    outcome: Outcome;
    /** Report progress to the caller: v2's number 0–100 (`round(loaded*95/total)` while moving bytes, then 100). */
    progress?: boolean;
    /** Turns a 2xx answer into the success value; throwing fails the call with `codes.other`. */
    parse(res: HttpResponse): unknown;
}
/** v2's REST progress as a function of bytes: never backwards, each value once, 100 only at the end. */
export declare function percentReporter(outcome: Outcome, scale: number): {
    bytes(loaded: number, total: number): void;
    done(): void;
};
/** Whether `url` is on another origin than the page (a relative URL is not). */
export declare function isCrossOrigin(url: string): boolean;
/** The server's explanation in an error answer: `{error}` / `{message}` JSON, or the start of the text. */
export declare function explain(req: HttpRequest, res: HttpResponse): string;
export declare function perform(call: Call): void;
/** Parses a JSON answer (throws a readable error when it is not JSON). */
export declare function parseJson(res: HttpResponse): any;
