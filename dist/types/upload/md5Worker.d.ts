export interface WorkerScope {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (ev: {
        data: any;
    }) => void): void;
}
/** Hashes one Blob slice by slice. */
export declare function md5OfBlob(blob: Blob): Promise<string>;
export declare function installMd5Worker(scope: WorkerScope): void;
