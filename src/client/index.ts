/** The modern client API (`filepicker.init`). */
export { init } from './init';
export type { Client, ClientOptions, UploadOptions, UploadToken } from './init';
export type { ClientProgressEvent } from './progressEvent';
export { normalizeStoreOptions } from './storeOptions';
