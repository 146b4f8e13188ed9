import { Row } from '../draft';
import { V2SecurityOptions } from '../types';
/** A policy or signature: a non-empty string. The message names the type only: secrets never reach a message. */
export declare function toSecret(name: string, value: unknown): string;
/** Policy and signature: passed through, never logged. */
export declare const SECURITY_ROWS: {
    [K in keyof Required<V2SecurityOptions>]: Row;
};
