/**
 * Plural forms for count messages. A message that depends on a number lists its forms by CLDR plural category:
 *
 *   maxFilesHint: '{one} At most {{count}} file {other} At most {{count}} files'
 *
 * The form is chosen by `vars.count` with the language's rules: `Intl.PluralRules` where the browser has it, else
 * the integer rules below (the same categories for whole numbers, for ES5 browsers without `Intl.PluralRules`). A
 * category a table does not list falls back to `other`; a message without `{category}` markers is used as it is.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** Whether a message holds plural forms. */
export declare function isPluralMessage(message: string): boolean;
/** The forms of a plural message by category (trimmed). */
export declare function pluralForms(message: string): {
    [category: string]: string;
};
/** The category of a whole number without `Intl.PluralRules`. */
export declare function fallbackCategory(lang: string, n: number): PluralCategory;
/** The plural category of `n` in the language `tag` (BCP 47, `pt-BR`). */
export declare function pluralCategory(tag: string, n: number): PluralCategory;
/** The form of a plural message for `n` (its `other` form when the category is not listed). */
export declare function choosePlural(message: string, tag: string, n: number): string;
