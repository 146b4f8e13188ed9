/** The cloud API client (FTP, WebDAV and the other cloud sources of the dialog); the client proper loads on demand. */
export { deferredCloudApi, lazyCloudApi } from './lazy';
export type { CloudDeps } from './request';
