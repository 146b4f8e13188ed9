import { Hosts, Security, StoredFile } from '../core/contracts';
import { UploaderConfig, HttpTransport, UploadEnvironment, RetryOptions } from '../upload';
import { StoreOptionsInput } from './storeOptions';
import { ClientProgressEvent } from './progressEvent';
export interface ClientOptions {
    /** Hosts to override, or the base URL of a server that serves every API (the reference server). */
    hosts?: Partial<Hosts> | string;
    transport?: HttpTransport;
    /** Timers and network state (tests). */
    env?: UploadEnvironment;
    /** Engine bounds (stall timeout, renewals, polls, progress interval). */
    tuning?: UploaderConfig['tuning'];
    /** Script URL for the MD5 worker (see upload/environment.ts). */
    workerUrl?: string;
}
/** What a page may pass as the third argument of `filepicker.init` (the rest of ClientOptions is for tests). */
export type InitOptions = Pick<ClientOptions, 'hosts' | 'workerUrl'>;
/** The modern members of `window.filepicker`, next to the v2 ones. */
export interface ModernApi {
    /** A client for `apiKey`; hosts default to the ones `configure` (or v2's `filepicker.hostname`) set. */
    init(apiKey: string, security?: Security | null, options?: InitOptions): Client;
    /** Points the library (v2 calls and later `init`s) at other hosts: a base URL of a reference server, or some of the hosts. */
    configure(settings: {
        hosts?: string | Partial<Hosts>;
    }): void;
}
export interface UploadOptions {
    partSize?: number;
    maxConcurrentUploads?: number;
    retryOptions?: Partial<RetryOptions>;
    /** Continue an unfinished upload of the same file from an earlier page (default true); false = always start over, remember nothing. */
    resume?: boolean;
    onStart?(): void;
    onUploadStart?(): void;
    onProgress?(event: ClientProgressEvent): void;
    onRetry?(attempt: number, waitMs: number): void;
    onUploadComplete?(): void;
}
/** The object a caller may pass as `token`; `upload` attaches the controls to it. */
export interface UploadToken {
    cancel?(): void;
    pause?(): void;
    resume?(): void;
}
export interface Client {
    readonly apikey: string;
    readonly hosts: Hosts;
    upload(file: Blob | Uint8Array, uploadOptions?: UploadOptions, storeOptions?: StoreOptionsInput, token?: UploadToken): Promise<StoredFile>;
    storeURL(url: string, storeOptions?: StoreOptionsInput): Promise<StoredFile>;
}
export declare function init(apiKey: string, security?: Security | null, options?: ClientOptions): Client;
