/** The media sources' rules (in the chunk, applied through CSSOM like the dialog's own: no inline styles). */
export declare const MEDIA_RULES: string[];
