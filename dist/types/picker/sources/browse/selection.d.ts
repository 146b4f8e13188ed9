import { SourceFile } from '../../../core/contracts';
/**
 * The files selected in a browsed source, in the order they were chosen. It belongs to the panel, not to the folder
 * shown: opening another folder keeps it, so one pick can gather files from several folders.
 */
export declare class Selection {
    /** Keys (`#` + path, so no key is an Object.prototype name) in the order chosen. */
    private order;
    /** The selected files by key. */
    private files;
    has(path: string): boolean;
    add(file: SourceFile): void;
    remove(path: string): void;
    /** Selects the file, or unselects it when it was selected. */
    toggle(file: SourceFile): void;
    clear(): void;
    count(): number;
    /** The selected files, in the order chosen. */
    list(): SourceFile[];
}
