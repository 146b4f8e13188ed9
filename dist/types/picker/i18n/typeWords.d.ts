import type { StringKey } from './translator';
/**
 * The accepted types as people say them, for the hint and the type error: `image/*, application/pdf, .docx` becomes
 * "Images, PDF documents, .docx" (translated). Other types and the extensions stay as written.
 */
export declare function typesInWords(list: string, t: (key: StringKey) => string): string;
