/**
 * Reusable part buffers (Node path): a part is streamed from its Blob into a pooled buffer while being hashed, then
 * sent from that buffer. Memory stays at about part size × parts in flight, with no garbage per part.
 */
import { UploadEnvironment } from './types';
export declare class BufferPool {
    private readonly keep;
    /** Buffers not in use. */
    private free;
    constructor(keep: number);
    acquire(size: number): Uint8Array;
    release(buf: Uint8Array): void;
}
export interface StreamedPart {
    md5: string;
    bytes: Uint8Array;
    release(): void;
}
/** Whether this environment and Blob allow the streamed path. */
export declare function canStream(env: UploadEnvironment, blob: Blob): boolean;
/** Reads `blob` into a pooled buffer, hashing each chunk as it arrives. */
export declare function streamPart(env: UploadEnvironment, pool: BufferPool, blob: Blob): Promise<StreamedPart>;
