/**
 * The engine's factory: one Uploader per configuration, with one concurrency budget (queue) and one MD5 hasher
 * shared by every file it uploads.
 */
import { CloudSession, Hosts, Security, StoreOptions, UploadEvents, UploadSource, UploadTask, Uploader } from '../core/contracts';
import { HttpTransport, RetryOptions, UploadEnvironment } from './types';
import { EngineOptionsInput } from './options';
import { ResumeStore } from './resume/store';
export interface UploaderConfig {
    apikey: string;
    security?: Security;
    hosts: Hosts;
    /** Defaults to the platform's (core/http/defaultTransport.ts): XHR for parts and fetch for JSON in browsers, node:http in Node. */
    transport?: HttpTransport;
    partSize?: number;
    maxConcurrentUploads?: number;
    retryOptions?: Partial<RetryOptions>;
    /** Engine bounds (stall timeout, URL renewals, 202 polls, progress interval); tests make them small. */
    tuning?: Pick<EngineOptionsInput, 'stallTimeoutMs' | 'requestTimeoutMs' | 'maxUrlRenewals' | 'maxCompletePolls' | 'progressIntervalMs' | 'resumeTtlMs'>;
    /** Continue an unfinished upload of the same file remembered by an earlier page (default true; see README). */
    resume?: boolean;
    /** Where unfinished uploads are remembered; defaults to IndexedDB where it exists, else nothing is remembered. */
    resumeStore?: ResumeStore;
    /** The engine's debug messages (why an upload was or was not continued); default `console.debug`. */
    debug?(message: string): void;
    /** Timers, network state, worker; defaults to the platform's. */
    env?: UploadEnvironment;
    /** See EnvironmentOptions.workerUrl (used only with the default environment). */
    workerUrl?: string;
    /** The sign-in state with the cloud sources, shared by the uploaders of one page (default: this uploader's own). */
    cloud?: CloudSession;
}
/** Per-upload overrides (client.upload's uploadOptions). */
export type UploadOverrides = Pick<EngineOptionsInput, 'partSize' | 'maxConcurrentUploads' | 'retryOptions' | 'resume'>;
/** An Uploader whose upload also takes per-call options, and that accepts a Buffer/Uint8Array (wrapped in a Blob). */
export interface EngineUploader extends Uploader {
    upload(file: UploadSource | Uint8Array, store: StoreOptions, events?: UploadEvents, overrides?: UploadOverrides): UploadTask;
}
export declare function createUploader(config: UploaderConfig): EngineUploader;
