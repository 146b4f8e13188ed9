import { PickerConfig } from '../core/contracts';
import { StringKey, Vars } from './i18n/translator';
/** Why a file was not taken, as a text key plus its variables (translated by the view). */
export interface Rejection {
    reason: 'type' | 'size' | 'count' | 'single' | 'empty';
    key: StringKey;
    vars: Vars;
}
export interface Candidate {
    name: string;
    type: string;
    size: number;
    /** the size is not known yet (a cloud file listed without one): neither `maxSize` nor "empty" is checked here */
    sizeUnknown?: boolean;
}
type Accept = PickerConfig['accept'];
/**
 * Is the file of an accepted type? Nothing listed accepts everything; otherwise one matching mimetype or one matching
 * extension is enough (the rules of each are in src/core/mimetypes.ts).
 */
export declare function acceptsType(accept: Accept, file: {
    name: string;
    type: string;
}): boolean;
/** The accepted types as one line for messages: `image/*, .pdf`. */
export declare function describeAccept(accept: Accept): string;
/** Checks one file against type and size. */
export declare function checkFile(config: PickerConfig, file: Candidate): Rejection | null;
/**
 * Splits newly selected files into those taken and the rejections, given how many files the dialog already holds.
 * Type and size are checked per file. A batch that would exceed the count (one file in single mode, `maxFiles` in
 * multiple mode) is refused as a whole, with one message, so the user is never left guessing which files were kept.
 */
export declare function admit<T extends Candidate>(config: PickerConfig, held: number, incoming: T[]): {
    accepted: T[];
    rejected: Rejection[];
};
export {};
