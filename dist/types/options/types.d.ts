import { PickerConfig, Security, StoreOptions } from '../core/contracts';
/** Which legacy call the picker options belong to (`processImage` translates as `pick`). */
export type PickerMode = 'pick' | 'pickMultiple' | 'pickAndStore';
/** Which legacy call the store options belong to. */
export type StoreContext = 'pickAndStore' | 'store';
/** The environment a translation depends on, passed in so the translator stays pure. */
export interface TranslateEnv {
    /** `navigator.userAgent`: iOS and Android get `container: 'window'` by default, as in v2. */
    userAgent?: string;
    /** `navigator.standalone` (iOS home-screen app): keeps the modal default on mobile. */
    standalone?: boolean;
    /** `navigator.language`: named in the warning for a `language` the dialog does not have. */
    language?: string;
}
/** One unknown, misspelled or unsupported option, with a hint. The translator never logs; the facade decides. */
export interface OptionWarning {
    option: string;
    message: string;
}
/** What `translatePickerOptions` and `translatePickAndStore` produce. */
export interface Translated {
    config: PickerConfig;
    store: StoreOptions;
    security: Security;
    /** v2 `debug: true`: the call resolves with dummy files and opens nothing. */
    debug: boolean;
    /** `resume` as the page gave it (undefined = the engine's default, on). */
    resume?: boolean;
    warnings: OptionWarning[];
}
/** Extra fields of the REST `store` call that are not part of `StoreOptions`. */
export interface StoreContent {
    /** Content type to send (v2: defaults to `text/plain` for string data; the caller applies that default). */
    mimetype?: string;
    /** The data is base64 and the server should decode it. */
    base64decode?: boolean;
}
/** What `translateStoreOptions` produces. */
export interface TranslatedStore {
    store: StoreOptions;
    security: Security;
    /** Only filled in the `store` context. */
    content: StoreContent;
    warnings: OptionWarning[];
}
/** A value as a legacy page may write it: widgets send every attribute as a string. */
type Num = number | string;
type Bool = boolean | string;
type Dim = [Num | null, Num | null] | Num[] | string;
/** Keys that restrict what the user may pick. */
export interface V2RestrictionOptions {
    mimetype?: string;
    mimetypes?: string | string[];
    extension?: string;
    extensions?: string | string[];
    maxSize?: Num;
    maxFiles?: Num;
    multiple?: Bool;
    folders?: Bool;
}
/** Keys that shape the dialog (also set by the widgets' `data-fp-*` attributes). */
export interface V2DialogOptions {
    container?: string;
    service?: string | number;
    services?: string | number | (string | number)[];
    openTo?: string | number;
    language?: string;
    backgroundUpload?: Bool;
    hide?: Bool;
    customCss?: string;
    customText?: string;
    customSourceContainer?: string;
    customSourcePath?: string;
    debug?: Bool;
    /** Our extension: `false` = an interrupted upload is never continued after a reload, and nothing is remembered. */
    resume?: Bool;
    /** An export option (the name its save dialog proposes); in a picker call it only warns. */
    suggestedFilename?: string;
    /** Known v2 keys that this version does not implement. */
    mobile?: unknown;
    redirectUrl?: unknown;
    noFileReader?: unknown;
    showClose?: unknown;
    convertUrl?: unknown;
    cloudinaryUploadPreset?: unknown;
}
/** Client-side image processing and the crop UI. */
export interface V2ImageOptions {
    imageQuality?: Num;
    imageDim?: Dim;
    imageMax?: Dim;
    imageMin?: Dim;
    cropRatio?: Num;
    cropDim?: Dim;
    cropMax?: Dim;
    cropMin?: Dim;
    cropForce?: Bool;
    conversions?: string | string[];
}
/** The keys allowed inside `webcam: {}` (widgets send `webcam: {}` with `data-fp-webcam-dim`). */
export interface V2WebcamOptions {
    videoRes?: string;
    videoLen?: Num;
    audioLen?: Num;
    webcamDim?: Dim;
}
/** Webcam keys at the top level of the picker options. */
export interface V2WebcamTopOptions {
    webcam?: V2WebcamOptions;
    webcamDim?: Dim;
}
/** Store keys inside picker options, as `pickAndStore` and the widgets produce them. */
export interface V2PickerStoreOptions {
    storeLocation?: string;
    storePath?: string;
    storeContainer?: string;
    storeRegion?: string;
    storeAccess?: string;
}
export interface V2SecurityOptions {
    policy?: string;
    signature?: string;
}
/** Every picker option v2 knew about. The translation table has one row per key (checked at compile time). */
export interface V2PickerOptions extends V2RestrictionOptions, V2DialogOptions, V2ImageOptions, V2WebcamTopOptions, V2PickerStoreOptions, V2SecurityOptions {
}
/** Store options of `pickAndStore` and `store`, plus the modern `container`/`region` names. */
export interface V2StoreOptions {
    location?: string;
    path?: string;
    container?: string;
    storeContainer?: string;
    region?: string;
    storeRegion?: string;
    access?: string;
    filename?: string;
    mimetype?: string;
    base64decode?: Bool;
    policy?: string;
    signature?: string;
}
export {};
