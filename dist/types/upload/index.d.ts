/** The upload engine's public API. `createUploader` checks at once and runs on the engine once it is in (onDemandUploader.ts). */
export { createUploader, prefetchEngine } from './onDemandUploader';
export { toSource } from './source';
export { defaultTransport } from '../core/http/defaultTransport';
export type { UploaderConfig, UploadOverrides, EngineUploader } from './createUploader';
export type { HttpTransport, HttpRequest, HttpResponse, HttpHeaders, AbortSignalLike, UploadEnvironment, RetryOptions, WorkerLike } from './types';
export type { EngineProgress } from './progress';
export { xhrTransport, fetchTransport, nodeHttpTransport } from '../core/http';
export { defaultEnvironment } from './environment';
export { DEFAULT_OPTIONS, MIN_PART_SIZE } from './options';
export { DEFAULT_RETRY, decideRetry } from '../core/http/retryPolicy';
