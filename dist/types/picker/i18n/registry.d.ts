import { PartialStrings } from './translator';
/** Overrides where locale scripts are loaded from (a folder URL). */
export declare function setLocaleBase(base: string | undefined): void;
export declare function getLocaleBase(): string | undefined;
export declare function registerLocale(code: string, table: unknown): void;
export declare function getLocale(code: string): PartialStrings | undefined;
/**
 * The table of `code`, loading its script into `doc` when needed. Resolves undefined when it cannot be had (unknown
 * code, no script folder, load error, timeout): the dialog then stays in English.
 */
export declare function loadLocale(code: string, doc: Document, timeoutMs?: number): Promise<PartialStrings | undefined>;
