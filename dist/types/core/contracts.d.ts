/**
 * The seams between the parts of the library. The legacy facade (src/legacy) and the modern client (src/client)
 * talk to the upload engine (src/upload) and to the picker dialog (src/picker) only through these interfaces.
 * Nothing here knows about v2 shapes: sizes are bytes, options use the modern vocabulary (`storeTo`, upload events).
 */
/** Where a file is stored: the modern `storeTo` vocabulary. `location` is lower case. */
export type StoreLocation = 's3' | 'azure' | 'dropbox' | 'rackspace' | 'gcs';
export type StoreAccess = 'public' | 'private';
export interface StoreOptions {
    location?: StoreLocation;
    /** Object key; a path ending in `/` is a folder that gets `<uniqueid>_<filename>` inside it. */
    path?: string;
    /** Bucket or container. */
    container?: string;
    region?: string;
    access?: StoreAccess;
    /** Name to store under, when it differs from the file's own name. */
    filename?: string;
}
/** A Filestack security policy (base64url JSON) and its HMAC-SHA256 hex signature. */
export interface Security {
    policy?: string;
    signature?: string;
}
/** Every host the library talks to. Production defaults point at Filestack; each is configurable. */
export interface Hosts {
    /** Upload API: `/multipart/start` etc. live under it. */
    uploadApi: string;
    /** File API base, without trailing slash: a file is `<fileApi>/<handle>`. */
    fileApi: string;
    /** Store API base: `<storeApi>/<location>?key=...` (v2 `store`, `storeUrl`, URL source). */
    storeApi: string;
    /** CDN base: `<cdn>/<handle>`. */
    cdn: string;
    /** Image processing base: `<process>/<apikey>/resize=.../<url>`. */
    process: string;
    /**
     * Custom source API base (our extension: `<customSourceApi>/list`, `/store`), for the CUSTOMSOURCE service.
     * Default: next to the store API (`…/api/store` → `…/api/customsource`).
     */
    customSourceApi?: string;
    /**
     * Cloud API base (`<cloudApi>/folder/list`, `/store/`, `/auth/logout`, …), for the cloud sources (FTP, WebDAV).
     * Default: Filestack's cloud host; the reference server serves it at `<base>/cloud`.
     */
    cloudApi?: string;
}
/** What the engine resolves with: the stored file as the upload API's `complete` (or the store API) described it. */
export interface StoredFile {
    handle: string;
    /** The file-API URL `<fileApi>/<handle>` (never a CDN URL: v2 pages append `/convert?…` and `/metadata`). */
    url: string;
    filename: string;
    mimetype: string;
    size: number;
    /** Object key in the bucket. */
    key?: string;
    container?: string;
    path?: string;
    status?: string;
    /** A link to the file at its cloud source (picked, not stored): nothing was stored, so nothing is ever removed. */
    linked?: boolean;
}
/** Byte progress of one file. `loaded` never goes backwards and never counts a retried byte twice. */
export interface UploadProgress {
    loaded: number;
    total: number;
}
/** Lifecycle callbacks of one upload (the modern API's event names). */
export interface UploadEvents {
    /** Before the start request. */
    onStart?(): void;
    /** When the first part request to storage begins. */
    onUploadStart?(): void;
    onProgress?(progress: UploadProgress): void;
    /** A failed request will be retried after `waitMs`; `attempt` counts from 1. */
    onRetry?(attempt: number, waitMs: number): void;
    /** Just before the complete request. */
    onUploadComplete?(): void;
}
/** A file the engine can upload: a browser File/Blob, or (in Node) a Blob. `name` is used as the filename when present. */
export type UploadSource = Blob & {
    name?: string;
};
/** One running upload, with control. */
export interface UploadTask {
    readonly promise: Promise<StoredFile>;
    /** Aborts every request and the multipart upload on the server; the promise rejects with an AbortError. */
    cancel(): void;
    pause(): void;
    resume(): void;
}
/** A folder of a custom source (a bucket the server lets the app browse, the v2 CUSTOMSOURCE service). */
export interface SourceFolder {
    name: string;
    /** Its full key prefix in the bucket, ending with `/`. */
    path: string;
}
/** A file of a custom source, as listed (size and type are known before anything is copied). */
export interface SourceFile {
    name: string;
    /** Its object key in the bucket. */
    path: string;
    size: number;
    mimetype: string;
    /** ms since the epoch */
    modified?: number;
    /** A cloud source can give this file's thumbnail (`CloudApi.thumbnail`). */
    thumbnail?: boolean;
    /**
     * The listing gave no size (Facebook, Instagram and Flickr tell none): `size` is 0, and the server learns it when
     * the file is copied or linked, checking the picker's `maxSize` then (`CloudRef.maxSize`).
     */
    sizeUnknown?: boolean;
}
/** One page of a folder: sub-folders and files; `next` is the cursor of the following page. */
export interface SourceListing {
    folders: SourceFolder[];
    files: SourceFile[];
    next?: string;
}
/** Which file of which custom source bucket. */
export interface SourceRef {
    container: string;
    path: string;
}
/** The page's sign-in state with the cloud sources: the cloud API's opaque `token`, sent back with every call. */
export interface CloudSession {
    token?: string;
}
/** One page of a cloud folder; `signIn` when the source needs a sign-in first (the listing is then empty). */
export interface CloudListing extends SourceListing {
    /**
     * `fields`: a form (FTP: host, port, user, password, secure; WebDAV: url, user, password), with the values it starts
     * with when the server offers some (`defaults`, a demo source's); `redirect`: an OAuth page.
     */
    signIn?: {
        fields: string[];
        defaults?: {
            [field: string]: string;
        };
        redirect?: undefined;
    } | {
        redirect: string;
        fields?: undefined;
        defaults?: undefined;
    };
    /** The source can search (CloudApi.search); the reference server says so, Filestack's cloud API does not. */
    searchable?: boolean;
}
/** Which file of which cloud source (`ftp`, `webdav`): `path` is absolute in the source (`/docs/a.pdf`). */
export interface CloudRef {
    cloud: string;
    path: string;
    /** A file listed without its size: the picker's `maxSize`, which the server checks before it copies or links the file. */
    maxSize?: number;
}
/**
 * The cloud API (Filestack's, which the reference server also serves): listing, sign-in, copying into storage and
 * links. Calls share the page's CloudSession. Failures are NetworkErrors naming the source (`provider`) and the
 * server's cause (`reason`: `signin` means the user must sign in again).
 */
export interface CloudApi {
    /** One page of the folder `path` (`/` = the top; folders end with `/`) of `cloud`, from its start or after `cursor`. */
    list(cloud: string, path: string, cursor?: string): Promise<CloudListing>;
    /**
     * One page of the files and folders anywhere in `cloud` whose name matches `query` (each with its full path, picked
     * or listed as a listed one), from the start or after `cursor`. Only for a source whose listing was `searchable`.
     */
    search(cloud: string, query: string, cursor?: string): Promise<CloudListing>;
    /** Signs in to a credential source (FTP, WebDAV) with the form's values; rejects when the source refuses them. */
    signIn(cloud: string, fields: {
        [field: string]: string;
    }): Promise<void>;
    /** Copies the file into the store location (the server copies; no bytes pass the browser). */
    store(file: CloudRef, store: StoreOptions, events?: UploadEvents): UploadTask;
    /** A link serving the file from its source, without storing it (`linked` is true on the result). */
    link(file: CloudRef, events?: UploadEvents): UploadTask;
    /**
     * A link answering the listing of the folder `path` of `cloud` (pickFolder's `url`); null when the cloud API gives
     * none (Filestack's has no folder links) or the call fails: the folder's path is then the result.
     */
    folderLink(cloud: string, path: string): Promise<string | null>;
    /** Ends the sign-in to `cloud` (every cloud when undefined). */
    logout(cloud?: string): Promise<void>;
    /**
     * The thumbnail of a file listed with `thumbnail: true`, as image bytes fetched from the cloud API (the server asks
     * the provider with the user's sign-in). `signal` cancels the request. Rejects when there is none.
     */
    thumbnail(file: CloudRef, signal?: AbortSignal): Promise<Blob>;
    /**
     * Which of `clouds` the server offers, asked in one call; null when the server cannot say (a cloud API without
     * `/offered`, such as Filestack's, or a failed call): every tab is then kept until its first listing.
     */
    offered(clouds: string[]): Promise<string[] | null>;
    /**
     * A `message` the page received while an OAuth sign-in popup of `cloud` was open. Only the cloud API's origin with
     * `{type: 'fp-cloud-auth', cloud, token}` (the token is kept: signed in) or `{…, error, message}` (refused) is an
     * answer; anything else resolves with null.
     */
    oauthMessage(cloud: string, origin: string, data: unknown): Promise<OAuthAnswer | null>;
}
/** What an OAuth popup answered: signed in, or the provider's refusal (`message` for people). */
export type OAuthAnswer = {
    signedIn: true;
} | {
    signedIn: false;
    message: string;
};
/** The upload engine, as the dialog and the facade see it. Implemented by src/upload. */
export interface Uploader {
    upload(file: UploadSource, store: StoreOptions, events?: UploadEvents): UploadTask;
    /** Stores a remote URL through the store API (the server fetches it). */
    storeUrl(url: string, store: StoreOptions, events?: UploadEvents): UploadTask;
    /** Lists one page of the folder `path` (a key prefix, `''` = the bucket's top) of the custom source `container`. */
    listSource(container: string, path: string, cursor?: string): Promise<SourceListing>;
    /** Copies a file of a custom source into the store location (the server copies it; no bytes pass the browser). */
    storeFromSource(source: SourceRef, store: StoreOptions, events?: UploadEvents): UploadTask;
    /**
     * Removes a file this uploader stored (the file API's remove, with the uploader's key and security). The dialog
     * calls it for copies it will not return: superseded by an edit, removed from the list, or left when the dialog
     * closed without a result. Rejects when the server refuses (e.g. the policy does not allow `remove`).
     */
    discard(stored: StoredFile): Promise<void>;
    /** The cloud sources. */
    readonly cloud: CloudApi;
}
/** A service (source) the dialog can show, by its v2 name (`COMPUTER`, `URL`, …). */
export type ServiceName = string;
/** What the dialog needs to know: the translated picker options (src/options produces it). */
export interface PickerConfig {
    /** `modal`, `window`, or the id of an `<iframe>` in the page. */
    container: string;
    multiple: boolean;
    /** Accepted types: mimetypes with wildcards (`image/*`) and extensions (`.pdf`, compared case-insensitively). Empty = anything. */
    accept: {
        mimetypes: string[];
        extensions: string[];
    };
    maxSize?: number;
    maxFiles?: number;
    folders: boolean;
    /** Sources in display order (v2 names, upper case). */
    sources: ServiceName[];
    openTo?: ServiceName;
    /** One of the 33 language codes, lower case with `_` (`pt_br`); undefined = browser language, then English. */
    language?: string;
    backgroundUpload: boolean;
    hide: boolean;
    customCss?: string;
    customText?: string;
    customSourceContainer?: string;
    customSourcePath?: string;
    /** Files of cloud sources are copied into storage (pickAndStore); otherwise the result links to them. */
    cloudStore?: boolean;
    image?: {
        quality?: number;
        dim?: [number | null, number | null];
        max?: [number | null, number | null];
        min?: [number | null, number | null];
    };
    crop?: {
        ratio?: number;
        dim?: [number, number];
        max?: [number, number];
        min?: [number, number];
        force?: boolean;
    };
    conversions?: string[];
    webcam?: {
        dim?: [number, number];
        videoRes?: string;
        videoLen?: number;
        audioLen?: number;
    };
    /**
     * processImage: this image opens in the editor at once (the dialog shows nothing else); the edited copy is stored
     * and is the one result. Cancel closes the dialog (onCancel).
     */
    editFile?: UploadSource;
    /**
     * pickFolder: the dialog shows only its cloud sources, their folders (no files), and a "Choose this folder" action
     * for the folder on screen; the result is that folder (`onFolder`), nothing is uploaded.
     */
    folderMode?: boolean;
}
/** The folder chosen in a cloud source (pickFolder). */
export interface PickedFolder {
    /** The cloud API's name of the source (`ftp`, `dropbox`). */
    client: string;
    /** The folder's path in that source, as the cloud API lists it (ends with `/`; `/` is the root). */
    path: string;
    /** Its name, as the listing shows it (the source's own name for the root). */
    name: string;
}
/** A file the user picked and the engine stored, with where it came from. */
export interface PickedFile extends StoredFile {
    /** Source the file came from, lower case (`computer`, `url`). */
    client?: string;
    /** With the image editor on (CONVERT), for an image it could edit: whether the user cropped it. */
    cropped?: boolean;
    /** Set once the image was saved in the editor: whether it was turned, and whether anything changed at all. */
    rotated?: boolean;
    converted?: boolean;
}
/** Per-file progress the dialog reports while uploading. */
export interface PickedFileProgress {
    filename: string;
    mimetype: string;
    size: number;
    loaded: number;
    total: number;
}
/** How the dialog reports back. Exactly one of onDone / onCancel / onError is called, once. */
export interface PickerCallbacks {
    onProgress?(file: PickedFileProgress): void;
    onDone(files: PickedFile[]): void;
    /** The user closed the dialog (button, ESC, backdrop, popup closed) before a result. */
    onCancel(): void;
    onError(error: Error): void;
    /** Folder mode (`PickerConfig.folderMode`): the folder the user chose, instead of onDone. */
    onFolder?(folder: PickedFolder): void;
}
/** An open dialog. `close()` removes it and calls no callback (v2 behaviour). */
export interface PickerSession {
    close(): void;
}
/** The dialog, as the facade sees it. Implemented by src/picker. */
export interface PickerDialog {
    /**
     * Opens the dialog. Its files are stored with `uploader` through `queue`, the page's file queue (shared with the
     * drop pane and the other dialogs of the page).
     */
    open(config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue): PickerSession;
}
/**
 * What an item of a batch stores: a local file (prepared, e.g. resized, once it has a slot), a URL, a custom source
 * file, or a cloud file (copied, or with `link` only linked).
 */
export type BatchSource = {
    kind: 'file';
    file: UploadSource;
    prepare?(file: UploadSource): Promise<UploadSource>;
} | {
    kind: 'url';
    url: string;
} | {
    kind: 'source';
    source: SourceRef;
} | {
    kind: 'cloud';
    file: CloudRef;
    link: boolean;
};
/** Where the file of an item came from and what the image editor did: what the result says about it. */
export interface BatchItemInfo {
    /** Source of the file, lower case (`computer`, `url`, `webcam`, `customsource`, …). */
    client: string;
    /** The image editor could open the file (the result then says `cropped`). */
    editable?: boolean;
    /** What the editor changed, once saved. */
    edits?: {
        cropped: boolean;
        rotated: boolean;
        converted: boolean;
    };
}
/** How one item of a batch goes. Events of a cancelled or replaced run never arrive. */
export interface BatchItemEvents {
    /** The item got a slot of the page's queue: it is being prepared (`preparing`) or its upload begins. */
    onStart?(preparing: boolean): void;
    /** Preparation is over; `file` is what uploads (a prepared copy, or the file itself). */
    onUpload?(file: UploadSource | undefined): void;
    onProgress?(progress: UploadProgress): void;
    onRetry?(attempt: number, waitMs: number): void;
    onStored?(file: StoredFile): void;
    /**
     * The upload failed (an AbortError when the engine aborted it on its own). `refused`: the uploader threw at once
     * (bad options): trying again cannot help.
     */
    onFailed?(error: unknown, refused: boolean): void;
}
/** An item of a batch (the handle its owner keeps). */
export interface BatchItem {
    readonly id: number;
}
/**
 * The files of one pick or one drop: which of them upload when (through the page's queue), the stored copies that
 * are not part of the result (removed from storage), and the result. The dialog and the drop pane drive one each.
 */
export interface UploadBatch {
    /** Adds an item (it waits until `start`). */
    add(source: BatchSource, info: BatchItemInfo, events: BatchItemEvents): BatchItem;
    /** Queues the item (again, after a failure): it starts when the page's queue has a free slot, in the order queued. */
    start(item: BatchItem): void;
    /** Whether the item is queued, being prepared or uploading. */
    busy(item: BatchItem): boolean;
    /**
     * The edited file replaces the item's: a queued or running upload is cancelled, a stored copy stays in storage
     * until the new one is stored (then it is removed). The item waits until `start`.
     */
    replace(item: BatchItem, file: UploadSource, edits: BatchItemInfo['edits']): void;
    /** Takes the item out: its upload is cancelled and its stored copies are removed from storage. */
    remove(item: BatchItem): void;
    /** The stored files of the items in the order added (an item not stored yet is left out). */
    result(): PickedFile[];
    /**
     * Ends the batch: cancels what is queued or running and removes from storage every copy not delivered
     * (`delivered`: `result()` went to the page; otherwise every stored copy goes). Nothing happens after it.
     */
    end(delivered: boolean): void;
}
/** The page's file queue: at most `limit` files upload at once, whoever started them. Implemented by src/upload/batch. */
export interface UploadQueue {
    readonly limit: number;
    /** Files uploading now (including the ones being prepared). */
    readonly active: number;
    /**
     * A new batch whose files are stored with `uploader` and `store`. `warn` receives the one message of a batch whose
     * unused copy could not be removed from storage (never with the policy or signature).
     */
    batch(uploader: Uploader, store: StoreOptions, warn?: (message: string) => void): UploadBatch;
}
