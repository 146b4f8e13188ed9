/**
 * The one mimetype / extension matcher of the library (the dialog's restrictions and the drop pane use it).
 *
 * Rules (v2's, with the differences marked):
 * - Types and patterns are compared trimmed and lower-cased. Parameters are dropped first, so
 *   `text/plain; charset=utf-8` is `text/plain` (our addition: v2 compared the whole string).
 * - A file's type is the browser's unless it is empty or vague (`application/octet-stream` and the like); then it is
 *   guessed from the file name's extension (a short table, below; an unknown extension gives the empty type). A name
 *   without an extension keeps the vague type, which matches every pattern (the file may be anything); the empty
 *   type matches only `*\/*` (and `*`).
 * - A pattern `*`, `*\/*` or `*\/anything` matches every known type; `image/*` matches every `image/…`;
 *   anything else must equal the type.
 * - An extension matches when the file name ends with it, without regard to case (v2 compared the name as given,
 *   so `A.PNG` failed `.png`), and a leading dot is optional (`png` means `.png`, so `apng` no longer matches).
 */
/** Trimmed, lower-cased, without parameters: ` Text/Plain; charset=UTF-8` → `text/plain`. */
export declare function normalizeMimetype(type: string | undefined | null): string;
/** Is this one of the types browsers give a file they cannot name? */
export declare function isVagueMimetype(type: string): boolean;
/**
 * A file's type as the matcher sees it: the browser's unless empty or vague; otherwise, when the name has an
 * extension, the table's guess for it (an extension the table does not know gives the empty type), else the vague type.
 */
export declare function fileMimetype(type: string | undefined | null, name: string | undefined | null): string;
/** Does a (normalized or raw) type match a pattern such as `image/*`, `*\/*` or `application/pdf`? */
export declare function mimetypeMatches(type: string, pattern: string): boolean;
/** Does the file name end with the extension (`.pdf` or `pdf`), without regard to case? */
export declare function extensionMatches(name: string, extension: string): boolean;
