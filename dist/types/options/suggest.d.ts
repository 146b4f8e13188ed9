/** Levenshtein distance, small strings only (option names). */
export declare function editDistance(a: string, b: string): number;
/**
 * The known option an unknown key most likely meant: same letters ignoring case, `-` and `_` (`maxsize`,
 * `custom_css`, `mimeTypes`), else one that starts with the other (`audioLength`), else the closest name within
 * 2 edits (`multple`, `extentions`). Undefined if none.
 */
export declare function closestOption(key: string, known: string[]): string | undefined;
/** The warning text for an unknown key. */
export declare function unknownKeyMessage(where: string, key: string, known: string[]): string;
