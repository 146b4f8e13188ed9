/** The modern client API (`filepicker.init`). */
export { init } from './init';
export type { Client, ClientOptions, InitOptions, ModernApi, UploadOptions, UploadToken } from './init';
export type { ClientProgressEvent } from './progressEvent';
export { normalizeStoreOptions } from './storeOptions';
export type { StoreOptionsInput } from './storeOptions';
