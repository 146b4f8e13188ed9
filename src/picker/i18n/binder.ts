import { StringKey, Translator, Vars } from './translator';

/** What a node shows: its text and/or attributes, as keys plus variables. */
type Binding = { [target: string]: [StringKey, Vars | undefined] };
/** A node this binder translates carries its bindings on an expando property. */
type BoundNode = Element & { __fpText?: Binding };

/**
 * Puts translated text on nodes and remembers which key each node shows, so the whole dialog can be re-rendered when
 * a locale or a customText file arrives after the dialog opened.
 */
export class TextBinder {
  /** Every node bound so far (a node appears once). */
  private nodes: Element[] = [];

  constructor(readonly translator: Translator) {}

  /** Sets the node's text. */
  text(node: Element, key: StringKey, vars?: Vars): void {
    this.bind(node, '#text', key, vars);
  }

  /** Sets an attribute of the node (`aria-label`, `title`, `placeholder`). */
  attr(node: Element, name: string, key: StringKey, vars?: Vars): void {
    this.bind(node, name, key, vars);
  }

  t(key: StringKey, vars?: Vars): string {
    return this.translator.t(key, vars);
  }

  /** Applies the current tables to every bound node still in its document. */
  refresh(): void {
    const keep: Element[] = [];
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i];
      if (!node.ownerDocument || !node.ownerDocument.documentElement.contains(node)) continue;
      keep.push(node);
      const b = (node as BoundNode).__fpText as Binding;
      for (const target in b) if (Object.prototype.hasOwnProperty.call(b, target)) this.apply(node, target, b[target][0], b[target][1]);
    }
    this.nodes = keep;
  }

  private bind(node: Element, target: string, key: StringKey, vars?: Vars): void {
    let b = (node as BoundNode).__fpText;
    if (!b) {
      b = {};
      (node as BoundNode).__fpText = b;
      this.nodes.push(node);
    }
    b[target] = [key, vars];
    this.apply(node, target, key, vars);
  }

  private apply(node: Element, target: string, key: StringKey, vars?: Vars): void {
    const s = this.translator.t(key, vars);
    if (target === '#text') {
      if (node.textContent !== s) node.textContent = s;
    } else if (node.getAttribute(target) !== s) node.setAttribute(target, s);
  }
}
