import { PickedFolder } from '../core/contracts';
import { LegacyContext } from '../legacy/context';
/** What `onSuccess` gets: the chosen folder's data object, with `url` (see COMPATIBILITY.md). */
export interface FolderBlob {
    url: string;
    filename: string;
    mimetype: 'text/directory';
    client: string;
    path: string;
    folder: true;
}
/** The cloud sources among `sources` (upper-case v2 names), or every cloud when the page named none. */
export declare function folderSources(named: string[] | undefined): string[];
/**
 * The folder's data object: `url` is the cloud API's link to the folder (its GET answers the folder's listing), or
 * its path in the cloud source when the cloud API gives no folder links (Filestack's).
 */
export declare function folderBlob(f: PickedFolder, link: string | null): FolderBlob;
/**
 * `pickFolder(options?, onSuccess?, onError?)`: after the key check and the usual argument shifting, opens the dialog
 * in folder mode: only the cloud sources among `services` (default: every cloud source the server offers), folders
 * only, and "Choose this folder". `onSuccess` gets the folder's data object ({@link folderBlob}, once the cloud API
 * has answered the folder's link); closing the dialog is
 * FPError 101; no cloud source among the services is FPError 102 (later, never inside the call). Returns `{close}`.
 */
export declare function pickFolder(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
