/** The bytes of an ArrayBuffer as a binary string. */
export declare function bufferToBinary(buf: ArrayBuffer): string;
