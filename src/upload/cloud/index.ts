/** The cloud API client (FTP, WebDAV and the other cloud sources of the dialog). */
export { createCloudApi, parseCloudListing } from './cloud';
export { cloudBase, cloudError } from './request';
export type { CloudDeps } from './request';
