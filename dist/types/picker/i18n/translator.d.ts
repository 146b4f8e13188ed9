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
/** Looks keys up in layers: customText, then the locale, then English. */
export declare class Translator {
    /** Layers, most specific first. */
    private layers;
    constructor(locale?: PartialStrings, custom?: PartialStrings);
    setLocale(table: PartialStrings): void;
    setCustom(table: PartialStrings): void;
    t(key: StringKey, vars?: Vars): string;
}
