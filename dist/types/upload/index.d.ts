/** The upload engine's public API. */
export { createUploader, defaultTransport, toSource } from './createUploader';
export type { UploaderConfig, UploadOverrides, EngineUploader } from './createUploader';
export type { HttpTransport, HttpRequest, HttpResponse, HttpHeaders, AbortSignalLike, UploadEnvironment, RetryOptions, WorkerLike } from './types';
export type { EngineProgress } from './progress';
export { xhrTransport } from './xhrTransport';
export { fetchTransport } from './fetchTransport';
export { nodeHttpTransport } from './nodeHttpTransport';
export { defaultEnvironment } from './environment';
export { DEFAULT_OPTIONS, MIN_PART_SIZE } from './options';
export { DEFAULT_RETRY, decideRetry } from './retryPolicy';
