import { StringKey, Translator, Vars } from './translator';
/**
 * Puts translated text on nodes and remembers which key each node shows, so the whole dialog can be re-rendered when
 * a locale or a customText file arrives after the dialog opened.
 */
export declare class TextBinder {
    readonly translator: Translator;
    /** Every node bound so far (a node appears once). */
    private nodes;
    constructor(translator: Translator);
    /** Sets the node's text. */
    text(node: Element, key: StringKey, vars?: Vars): void;
    /** Sets an attribute of the node (`aria-label`, `title`, `placeholder`). */
    attr(node: Element, name: string, key: StringKey, vars?: Vars): void;
    t(key: StringKey, vars?: Vars): string;
    /** Applies the current tables to every bound node still in its document. */
    refresh(): void;
    private bind;
    private apply;
}
