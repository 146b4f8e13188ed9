/**
 * The v2 global as TypeScript sees it: every member of `window.filepicker` with its argument shifting written as
 * overloads (a function in the place of the options moves every later argument one place), the Blob, the progress
 * values, FPError and FilepickerException. Types only: src/legacy/api.ts builds the object, in the key order of
 * members.ts, which checks that every member named here is installed.
 */
import type { V2PickerOptions, V2StoreOptions } from '../options';
import type { V2_SERVICES } from '../options';
import type { V2Blob, V2Progress } from './blob';
import type { FilepickerExceptionConstructor } from './FilepickerException';
import type { FPError, FPErrorConstructor } from './FPError';
/** The Blob (FPFile) a success callback receives. */
export type FPFile = V2Blob;
/** The progress of one file of a dialog call (`pick`, `pickMultiple`, `pickAndStore`, `processImage`): `progress` is a float percent. */
export type FPProgress = V2Progress;
/** Picker options of `pick`, `pickMultiple`, `pickAndStore` and `processImage`. */
export type PickerOptions = V2PickerOptions;
/** Store options of `pickAndStore`, `store` and `storeUrl`. */
export type StoreOptions = V2StoreOptions;
/** A file this library can address: its file URL (or CDN URL), or a Blob carrying one. */
export type FileTarget = string | {
    url: string;
};
/** What `read`, `store` and `write` take as content: data (`store`, `write`) or a URL (`read`), a file input, a File/Blob, or a Blob. */
export type FileInput = string | HTMLInputElement | Blob | {
    url: string;
};
/** An element, or a jQuery-like list whose first item is the element. */
export type ElementLike<E extends Element = HTMLElement> = E | ArrayLike<E>;
export type OnError = (error: FPError) => void;
/** Progress of a REST call: a whole percent, never backwards, 100 at the end. */
export type OnRestProgress = (percent: number) => void;
/** What `pick` and the other dialog calls return: `close()` removes the dialog and calls no callback. */
export interface DialogHandle {
    close(): void;
}
export interface SecurityOptions {
    policy?: string;
    signature?: string;
}
/** `export` / `exportFile`: the dialog options that apply, plus what the save dialog proposes. */
export interface ExportOptions extends SecurityOptions {
    container?: string;
    service?: string | number;
    services?: string | number | Array<string | number>;
    openTo?: string | number;
    language?: string;
    /** The type to save as; not together with `extension`. */
    mimetype?: string;
    /** The extension to save with (`.pdf`); not together with `mimetype`. */
    extension?: string;
    /** The name proposed in the save dialog (an FPFile's own name by default). */
    suggestedFilename?: string;
    debug?: boolean;
}
export interface ReadOptions extends SecurityOptions {
    /** Return the content base64-encoded. */
    base64encode?: boolean;
    /** Decode the content as UTF-8 text (otherwise a binary string). */
    asText?: boolean;
    /** Allow a cached answer (otherwise a `_cacheBust` parameter is added). */
    cache?: boolean;
}
export interface WriteOptions extends SecurityOptions {
    /** The data is base64 and the server decodes it. */
    base64decode?: boolean;
    mimetype?: string;
}
/** `stat` / `metadata`: each key set to `true` asks for that field; every key is sent as a query parameter. */
export interface StatOptions extends SecurityOptions {
    size?: boolean;
    mimetype?: boolean;
    filename?: boolean;
    width?: boolean;
    height?: boolean;
    uploaded?: boolean;
    writeable?: boolean;
    md5?: boolean;
    location?: boolean;
    path?: boolean;
    container?: boolean;
    cache?: boolean;
}
/** What `stat` / `metadata` gives: the fields asked for; `uploaded`, `modified` and `created` as `Date`s. */
export interface FPMetadata {
    size?: number;
    mimetype?: string;
    filename?: string;
    width?: number;
    height?: number;
    uploaded?: Date;
    modified?: Date;
    created?: Date;
    writeable?: boolean;
    md5?: string;
    location?: string;
    path?: string;
    container?: string;
    [field: string]: unknown;
}
/** `convert`'s parameters (any other key throws a FilepickerException naming it). */
export interface ConvertOptions extends SecurityOptions {
    align?: string;
    blurAmount?: number;
    crop?: string | number[];
    crop_first?: boolean;
    compress?: boolean;
    exif?: string | boolean;
    filter?: string;
    fit?: string;
    format?: string;
    height?: number;
    quality?: number;
    page?: number;
    rotate?: string | number;
    secure?: boolean;
    sharpenAmount?: number;
    storeAccess?: string;
    storeContainer?: string;
    storeRegion?: string;
    storeLocation?: string;
    storePath?: string;
    text?: string;
    text_align?: string;
    text_color?: string;
    text_font?: string;
    text_padding?: number;
    text_size?: number;
    watermark?: string;
    watermark_position?: string;
    watermark_size?: number;
    width?: number;
}
/** Where `convert` stores the converted copy. */
export interface ConvertStoreOptions {
    location?: string;
    path?: string;
    container?: string;
    access?: string;
}
/** Why a drop pane refused a drop or failed. */
export type DropPaneErrorType = 'TooManyFiles' | 'WrongType' | 'WrongSize' | 'NoFilesFound' | 'UploadError';
export interface DropPaneOptions extends SecurityOptions {
    multiple?: boolean;
    maxSize?: number;
    maxFiles?: number;
    mimetype?: string;
    mimetypes?: string | string[];
    extension?: string;
    extensions?: string | string[];
    location?: string;
    path?: string;
    container?: string;
    access?: string;
    dragEnter?(): void;
    dragLeave?(): void;
    onStart?(files: FileList): void;
    /** Always an array, even for one file. */
    onSuccess?(files: FPFile[]): void;
    onError?(type: DropPaneErrorType, message: string): void;
    /** The average percent over the dropped files. */
    onProgress?(percent: number): void;
}
export interface ResponsiveOptions extends SecurityOptions {
    onResize?: 'all' | 'up' | 'down' | 'none';
    pixelRound?: number;
}
export interface LogoutOptions {
    /** The server's answer, as text. */
    onSuccess?(responseText: string): void;
    /** v2's name for the failure (`not_authorized`, `CORS_not_allowed` …) and the HTTP status (0: no answer). */
    onError?(reason: string, status: number): void;
}
export interface Base64 {
    /** `utf8encode` (default true): encode the string as UTF-8 first; `false` takes each character as one byte. */
    encode(input: string, utf8encode?: boolean): string;
    /** `utf8decode` (default true): decode the bytes as UTF-8; `false` gives a binary string. */
    decode(input: string, utf8decode?: boolean): string;
}
export type Services = {
    readonly [K in keyof typeof V2_SERVICES]: number;
};
/** The v2 members of `window.filepicker`. */
export interface LegacyApi {
    errors: {
        FPError: FPErrorConstructor;
        handleError(error: FPError): void;
    };
    setKey(apikey: string): void;
    setResponsiveOptions(options: ResponsiveOptions): void;
    pick(options: PickerOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    pick(onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    pickFolder(options: PickerOptions, onSuccess?: (folder: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    pickFolder(onSuccess?: (folder: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    pickMultiple(options: PickerOptions, onSuccess?: (files: FPFile[]) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    pickMultiple(onSuccess?: (files: FPFile[]) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    /** Both option objects are required; the result is always an array. */
    pickAndStore(pickerOptions: PickerOptions, storeOptions: StoreOptions, onSuccess: (files: FPFile[]) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    read(input: FileInput, options: ReadOptions, onSuccess?: (contents: string) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    read(input: FileInput, onSuccess?: (contents: string) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    write(target: FileTarget, input: FileInput, options: WriteOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    write(target: FileTarget, input: FileInput, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    writeUrl(target: FileTarget, url: string, options: WriteOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    writeUrl(target: FileTarget, url: string, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    export(input: FileTarget, options: ExportOptions, onSuccess?: (file: FPFile) => void, onError?: OnError): DialogHandle;
    export(input: FileTarget, onSuccess?: (file: FPFile) => void, onError?: OnError): DialogHandle;
    exportFile(input: FileTarget, options: ExportOptions, onSuccess?: (file: FPFile) => void, onError?: OnError): DialogHandle;
    exportFile(input: FileTarget, onSuccess?: (file: FPFile) => void, onError?: OnError): DialogHandle;
    processImage(input: FileTarget, options: PickerOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    processImage(input: FileTarget, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: (progress: FPProgress) => void): DialogHandle;
    store(input: FileInput, options: StoreOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    store(input: FileInput, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    storeUrl(url: string, options: StoreOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    storeUrl(url: string, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    stat(target: FileTarget, options: StatOptions, onSuccess?: (metadata: FPMetadata) => void, onError?: OnError): void;
    stat(target: FileTarget, onSuccess?: (metadata: FPMetadata) => void, onError?: OnError): void;
    metadata(target: FileTarget, options: StatOptions, onSuccess?: (metadata: FPMetadata) => void, onError?: OnError): void;
    metadata(target: FileTarget, onSuccess?: (metadata: FPMetadata) => void, onError?: OnError): void;
    remove(target: FileTarget, options: SecurityOptions, onSuccess?: () => void, onError?: OnError): void;
    remove(target: FileTarget, onSuccess?: () => void, onError?: OnError): void;
    convert(target: FileTarget, convertOptions: ConvertOptions, storeOptions: ConvertStoreOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    convert(target: FileTarget, convertOptions: ConvertOptions, onSuccess?: (file: FPFile) => void, onError?: OnError, onProgress?: OnRestProgress): void;
    /** Builds the widget `data-fp-*` attributes describe on an `<input>`. */
    constructWidget(element: ElementLike<HTMLInputElement>): void;
    /** `false` (and a console error) when the browser has no drag and drop. */
    makeDropPane(element: ElementLike, options?: DropPaneOptions): boolean;
    FilepickerException: FilepickerExceptionConstructor;
    /** Without an argument: every `img[data-fp-src]` again. */
    responsive(image?: ElementLike<HTMLImageElement>): void;
    logout(options?: LogoutOptions): void;
    readonly version: string;
    readonly services: Services;
    readonly base64: Base64;
    /** Set to `true` to have the default `onError` print errors (v2's switch). */
    debug?: boolean;
}
