/** Small DOM helpers for the dialog. Text always goes through text nodes, never through HTML parsing. */
export type Attrs = {
    [name: string]: string | undefined;
};
/** Creates `<tag>` in `doc` with the given attributes (undefined ones skipped) and children (strings become text). */
export declare function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs?: Attrs, children?: Array<Node | string>): HTMLElementTagNameMap[K];
/** Replaces the text content of a node (user data stays text). */
export declare function setText(node: Node, text: string): void;
export declare function removeNode(node: Node | null | undefined): void;
export declare function addClass(node: Element, name: string): void;
export declare function removeClass(node: Element, name: string): void;
/** Listener bookkeeping: every listener added through `on` is removed by `removeAll`. */
export declare class Listeners {
    /** [target, type, handler, capture] of every listener added. */
    private items;
    /** Adds `handler` for `type` on `target`; `E` is the event type the handler expects (e.g. KeyboardEvent for keydown). */
    on<E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, capture?: boolean): void;
    removeAll(): void;
}
/** A short human size: `512 B`, `1.5 KB`, `12 MB` (1024-based, like the v2 dialog). */
export declare function formatSize(bytes: number): string;
