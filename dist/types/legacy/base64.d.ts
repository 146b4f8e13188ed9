/** Base64 of a binary string (one byte per char). Characters above U+00FF give the same garbled output as v2. */
export declare function encodeBinary(bin: string): string;
/** The binary string of a base64 text (characters outside the alphabet are ignored). */
export declare function decodeBinary(b64: string): string;
export declare const base64: {
    encode(input: string, utf8encode?: boolean): string;
    decode(input: string, utf8decode?: boolean): string;
};
