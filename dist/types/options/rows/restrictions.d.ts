import { Draft, Row } from '../draft';
import { V2RestrictionOptions } from '../types';
/**
 * Mimetypes: a string (comma list allowed) or an array; each entry `type/subtype`, compared lower case. With a draft
 * (picker options), a word such as `pdf` becomes its type or is left out, with a warning (see lenient.ts).
 */
export declare function toMimetypes(name: string, value: unknown, d?: Draft): string[];
/** Extensions: a string (comma list allowed) or an array; a missing leading dot is added (`pdf` -> `.pdf`). */
export declare function toExtensions(name: string, value: unknown): string[];
/** What the user may pick, how much, and how many (v2's `mimetype` to `folders`). */
export declare const RESTRICTION_ROWS: {
    [K in keyof Required<V2RestrictionOptions>]: Row;
};
