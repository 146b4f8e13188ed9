import { Filepicker } from './publicApi';
/** The filled object: the v2 members (in v2's order, checked by src/legacy/members.ts) and the modern ones. */
declare const api: Filepicker;
export default api;
export type * from './publicApi';
