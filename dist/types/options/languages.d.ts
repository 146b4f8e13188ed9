/** The 33 dialog languages v2's `language` option accepted, lower case with `_`. */
export declare const LANGUAGES: string[];
/**
 * A language tag as the dialog wants it: `pt-BR` -> `pt_br`, `DE` -> `de`. A regional tag we do not have falls
 * back to its language (`en-US` -> `en`, `de_AT` -> `de`); `nb`/`nn` (Norwegian) -> `no`. Returns undefined when neither is one of the 33 codes.
 * Usable for `navigator.language` too.
 */
export declare function normalizeLanguage(s: unknown): string | undefined;
