export interface WorkerScope {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (ev: {
        data: unknown;
    }) => void): void;
}
export declare function installMd5Worker(scope: WorkerScope): void;
