/** The 33 dialog languages (those v2 offered), and how a requested or browser language maps onto them. */
export declare const LANGUAGES: string[];
/** `pt-BR` → `pt_br`. */
export declare function normalizeLanguage(code: string): string;
/** The first supported of: the configured language, the browser language, its base (`pt_br` → `pt`); else English. */
export declare function resolveLanguage(configured: string | undefined, browser: string | undefined): string;
export declare function isRtl(code: string): boolean;
/** The BCP 47 tag for the `lang` attribute: `pt_br` → `pt-BR`. */
export declare function langTag(code: string): string;
