/** The editor's rules, applied through CSSOM like the dialog's (src/picker/styles.ts); loaded with the editor chunk. */
export declare const EDITOR_RULES: string[];
