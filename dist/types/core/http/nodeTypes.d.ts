/**
 * What the engine uses of Node (process.getBuiltinModule, Buffer, node:http/https, node:crypto), typed here: the
 * bundle is compiled without Node's type definitions, and these are reached only after a run-time check.
 */
/** A Node Buffer, as far as it is used: bytes that decode to text. */
export interface NodeBytes extends Uint8Array {
    toString(encoding?: 'utf8'): string;
}
export interface NodeBufferStatic {
    concat(list: NodeBytes[]): NodeBytes;
    byteLength(text: string): number;
}
export interface NodeHash {
    update(data: Uint8Array): NodeHash;
    digest(encoding: 'base64'): string;
}
/** node:crypto */
export interface NodeCrypto {
    createHash(algorithm: 'md5'): NodeHash;
}
/** http.IncomingMessage */
export interface NodeIncoming {
    statusCode?: number;
    headers: {
        [name: string]: string | string[] | undefined;
    };
    on(event: 'data', listener: (chunk: NodeBytes) => void): unknown;
    on(event: 'error', listener: (e: Error) => void): unknown;
    on(event: 'end', listener: () => void): unknown;
}
/** http.ClientRequest */
export interface NodeClientRequest {
    on(event: 'error', listener: (e: {
        code?: string;
        message?: string;
    } | null) => void): unknown;
    write(chunk: Uint8Array, callback: (err?: Error | null) => void): boolean;
    end(chunk?: string): unknown;
    destroy(): unknown;
}
/** node:http and node:https */
export interface NodeHttp {
    request(url: URL, options: {
        method: string;
        headers: {
            [name: string]: string | number;
        };
    }, callback: (res: NodeIncoming) => void): NodeClientRequest;
}
/** `process`, where it exists: `getBuiltinModule` from Node 20.16 on. */
export interface NodeProcess {
    getBuiltinModule?(id: string): unknown;
}
