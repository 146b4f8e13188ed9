/**
 * The dialog's stylesheet, applied through CSSOM so that it works under `Content-Security-Policy: default-src 'self'`
 * (no `<style>` text, no `style` attributes): a constructed `CSSStyleSheet` adopted by the document where supported,
 * else an empty `<style>` element filled rule by rule with `insertRule`. Every class starts with `fp-`.
 */
export declare const FOCUS = "outline:3px solid #1a73e8;outline-offset:2px";
export declare const RULES: string[];
/** Applies the stylesheet (or other `rules`, e.g. those of an on-demand chunk) to `doc`; the returned function removes it again. */
export declare function applyStyles(doc: Document, rules?: string[]): () => void;
/** Adds `<link rel="stylesheet" href>` (the `customCss` option) after our own rules; returns its remover. */
export declare function addStylesheetLink(doc: Document, href: string): () => void;
