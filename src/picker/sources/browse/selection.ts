import { SourceFile } from '../../../core/contracts';

/**
 * The files selected in a browsed source, in the order they were chosen. It belongs to the panel, not to the folder
 * shown: opening another folder keeps it, so one pick can gather files from several folders.
 */
export class Selection {
  /** Keys (`#` + path, so no key is an Object.prototype name) in the order chosen. */
  private order: string[] = [];
  /** The selected files by key. */
  private files: { [key: string]: SourceFile } = {};

  has(path: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.files, '#' + path);
  }

  add(file: SourceFile): void {
    const k = '#' + file.path;
    if (this.has(file.path)) return;
    this.files[k] = file;
    this.order.push(k);
  }

  remove(path: string): void {
    const k = '#' + path;
    if (!this.has(path)) return;
    delete this.files[k];
    for (let i = 0; i < this.order.length; i++) {
      if (this.order[i] === k) {
        this.order.splice(i, 1);
        break;
      }
    }
  }

  /** Selects the file, or unselects it when it was selected. */
  toggle(file: SourceFile): void {
    if (this.has(file.path)) this.remove(file.path);
    else this.add(file);
  }

  clear(): void {
    this.order = [];
    this.files = {};
  }

  count(): number {
    return this.order.length;
  }

  /** The selected files, in the order chosen. */
  list(): SourceFile[] {
    const out: SourceFile[] = [];
    for (let i = 0; i < this.order.length; i++) out.push(this.files[this.order[i]]);
    return out;
  }
}
