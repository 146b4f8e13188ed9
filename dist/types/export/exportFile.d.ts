import { LegacyContext } from '../legacy/context';
/** The export Blob: `url, filename, mimetype, size, client, isWriteable`. */
export interface ExportBlob {
    url: string;
    filename: string;
    mimetype: string;
    size: number | undefined;
    client: 'computer';
    isWriteable: true;
}
/** `<url>?dl=true` (or `&dl=true`): the file API's "download" form. */
export declare function downloadUrl(url: string): string;
/**
 * `export` / `exportFile(input, options?, onSuccess?, onError?)`: input checks and exception texts as v2.
 * Opens a small save dialog whose only destination is "Download to this computer" (there are no cloud destinations
 * in this version; requested ones are named in one console warning). Download saves `<url>?dl=true` (through an
 * `<a download>` on the page's origin, a hidden frame elsewhere; see download.ts) and calls `onSuccess` with the export Blob; closing the dialog calls `onError(FPError 131)`.
 * Returns `{close}` (closes without a callback).
 */
export declare function exportFile(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
