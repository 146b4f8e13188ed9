/** The cloud sources (FTP, WebDAV): sign-in form, then the folder browser. Loaded on demand (chunks/cloud.js). */
export { CloudPanel } from './panel';
export type { CloudPanelDeps } from './panel';
