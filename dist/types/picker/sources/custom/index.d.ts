/** The CUSTOMSOURCE source (v2 "S3 Source"): browse a bucket the server allows and pick files from it. Loaded on demand. */
export { CustomSourcePanel } from './panel';
export type { CustomPanelDeps } from './panel';
export type { CustomPanel } from '../browse';
