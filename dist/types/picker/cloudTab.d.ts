import type { CloudPanelDeps } from './sources/cloud';
import { LazyTab } from './lazyTab';
export type CloudTabOptions = Omit<CloudPanelDeps, 'mount'> & {
    /** False once the dialog has ended: a chunk that arrives later builds nothing. */
    alive(): boolean;
};
/**
 * The tab of a cloud source (FTP, WebDAV) of one dialog: a placeholder panel (loading) that gets the panel of the
 * on-demand `cloud` chunk (sign-in form, folder browser) the first time it is shown.
 */
export declare class CloudTab extends LazyTab {
    constructor(o: CloudTabOptions);
}
