import en from './locales/en';
/** The dialog's text table: English is the source of truth for the keys. */
export type Strings = typeof en;
export type StringKey = keyof Strings;
export type Vars = {
    [name: string]: string | number;
};
/** A table that may lack keys (a locale still loading, a partial customText file). */
export type PartialStrings = {
    [K in StringKey]?: string;
};
/** Replaces `{{name}}` with `vars.name`; a placeholder without a value is left as it is. */
export declare function interpolate(template: string, vars?: Vars): string;
/** The placeholder names of a template, sorted and without repeats. */
export declare function placeholders(template: string): string[];
/** Keeps only the known keys whose values are strings (customText and locale files are untrusted input). */
export declare function sanitizeTable(input: unknown): PartialStrings;
/**
 * Looks keys up in layers: customText, then the locale, then English. A message with plural forms (plural.ts) takes
 * the form for `vars.count` by the rules of the language it is written in (English for the English layer).
 */
export declare class Translator {
    /** Layers, most specific first. */
    private layers;
    /** BCP 47 tag of the locale and customText layers (`pt-BR`). */
    private tag;
    /** `lang`: the dialog language code (`pt_br`); English when not given. */
    constructor(locale?: PartialStrings, custom?: PartialStrings, lang?: string);
    setLocale(table: PartialStrings): void;
    setCustom(table: PartialStrings): void;
    /** The text of `key`; a `types` variable (a list of accepted types) is put into words (typeWords.ts). */
    t(key: StringKey, vars?: Vars): string;
}
