import { Security, StoreOptions, StoredFile } from '../core/contracts';
export interface StartResult {
    uri: string;
    region: string;
    uploadId: string;
    /** Base URL (with scheme) for the calls after start. */
    locationUrl: string;
    /** Value of the `Filestack-Upload-Region` header, when the server gave one. */
    locationRegion?: string;
}
export interface PartTarget {
    url: string;
    headers: {
        [name: string]: string;
    };
}
export interface SessionBase {
    apikey: string;
    security?: Security;
    store: StoreOptions;
}
/** The nested `store` object, empty fields omitted. */
export declare function storeBody(store: StoreOptions): {
    [k: string]: string;
};
export declare function startBody(base: SessionBase, file: {
    filename: string;
    mimetype: string;
    size: number;
}): string;
export declare function uploadBody(base: SessionBase, s: StartResult, part: number, size: number, md5: string): string;
export declare function completeBody(base: SessionBase, s: StartResult, file: {
    filename: string;
    mimetype: string;
    size: number;
}, etags: string[]): string;
export declare function abortBody(base: SessionBase, s: StartResult): string;
/** Headers of every POST after start. */
export declare function postHeaders(s?: StartResult): {
    [k: string]: string;
};
export declare function parseJson(text: string, where: string): any;
/** Reads the start response; `uploadApi` gives the scheme when `location_url` has none. */
export declare function parseStart(text: string, uploadApi: string): StartResult;
export declare function parsePartTarget(text: string, part: number): PartTarget;
/** Reads the 200 answer of complete (or of the store API) into the contract's StoredFile. */
export declare function parseStored(text: string, fileApi: string, where: string, fallback: {
    filename: string;
    mimetype: string;
    size: number;
}): StoredFile;
