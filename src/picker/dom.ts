/** Small DOM helpers for the dialog. Text always goes through text nodes, never through HTML parsing. */

export type Attrs = { [name: string]: string | undefined };

/** Creates `<tag>` in `doc` with the given attributes (undefined ones skipped) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs?: Attrs, children?: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (attrs) {
    for (const name in attrs) {
      const v = attrs[name];
      if (v !== undefined && Object.prototype.hasOwnProperty.call(attrs, name)) node.setAttribute(name, v);
    }
  }
  if (children) {
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      node.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
    }
  }
  return node;
}

/** Replaces the text content of a node (user data stays text). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function removeNode(node: Node | null | undefined): void {
  if (node && node.parentNode) node.parentNode.removeChild(node);
}

export function addClass(node: Element, name: string): void {
  const cur = ' ' + (node.getAttribute('class') || '') + ' ';
  if (cur.indexOf(' ' + name + ' ') < 0) node.setAttribute('class', (cur + name).replace(/^\s+|\s+$/g, ''));
}

export function removeClass(node: Element, name: string): void {
  const cur = ' ' + (node.getAttribute('class') || '') + ' ';
  const next = cur.replace(' ' + name + ' ', ' ').replace(/^\s+|\s+$/g, '');
  if (next !== (node.getAttribute('class') || '')) node.setAttribute('class', next);
}

/** Listener bookkeeping: every listener added through `on` is removed by `removeAll`. */
export class Listeners {
  /** [target, type, handler, capture] of every listener added. */
  private items: Array<[EventTarget, string, EventListener, boolean]> = [];

  /** Adds `handler` for `type` on `target`; `E` is the event type the handler expects (e.g. KeyboardEvent for keydown). */
  on<E extends Event>(target: EventTarget, type: string, handler: (e: E) => void, capture?: boolean): void {
    const listener = handler as unknown as EventListener;
    target.addEventListener(type, listener, !!capture);
    this.items.push([target, type, listener, !!capture]);
  }

  removeAll(): void {
    const items = this.items;
    this.items = [];
    for (let i = 0; i < items.length; i++) items[i][0].removeEventListener(items[i][1], items[i][2], items[i][3]);
  }
}

/** A short human size: `512 B`, `1.5 KB`, `12 MB` (1024-based, like the v2 dialog). */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = i === 0 || v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
  return shown + ' ' + units[i];
}
