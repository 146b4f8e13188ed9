import { PickerConfig, Security, StoreOptions } from '../core/contracts';
import { OptionWarning, PickerMode, TranslateEnv } from './types';
type Image = NonNullable<PickerConfig['image']>;
type Crop = NonNullable<PickerConfig['crop']>;
type Webcam = NonNullable<PickerConfig['webcam']>;
/**
 * What the rows write while a translation runs. Rows only record validated values; precedence between keys
 * (singular/plural, nested/top-level webcam dims, store options over picker store keys) is settled once at the end.
 */
export interface Draft {
    mode: PickerMode;
    env: TranslateEnv;
    /** Scalar dialog settings, already validated. */
    config: Partial<Pick<PickerConfig, 'container' | 'maxSize' | 'maxFiles' | 'folders' | 'language' | 'backgroundUpload' | 'hide' | 'customCss' | 'customText' | 'customSourceContainer' | 'customSourcePath' | 'conversions' | 'openTo'>>;
    /** `multiple` as the page gave it (undefined = not given). */
    multiple?: boolean;
    /** Raw lists, per key as given, normalized but not merged. */
    lists: {
        service?: string[];
        services?: string[];
        mimetype?: string[];
        mimetypes?: string[];
        extension?: string[];
        extensions?: string[];
    };
    image: Image;
    crop: Crop;
    webcam: Webcam;
    /** `webcamDim` at the top level; `webcam.webcamDim` lands in `webcam.dim` and wins. */
    webcamTopDim?: [number, number];
    store: StoreOptions;
    security: Security;
    debug: boolean;
    resume?: boolean;
    suggestedFilename?: string;
    warnings: OptionWarning[];
}
export declare function newDraft(mode: PickerMode, env: TranslateEnv): Draft;
export declare function warn(d: {
    warnings: OptionWarning[];
}, option: string, message: string): void;
/** One row of the translation table: how one legacy key is validated and where it goes. */
export interface Row<D = Draft> {
    /** Called with a value that is neither null nor undefined (holes never override defaults). */
    apply(value: unknown, d: D, name: string): void;
}
/** A known v2 key that this version does not implement: it is accepted with a warning. */
export declare function unsupported<D extends {
    warnings: OptionWarning[];
} = Draft>(hint: string): Row<D>;
/** Runs a row for each own key of `input`; unknown keys go to `onUnknown`. Null and undefined values are skipped. */
export declare function runTable<D>(table: {
    [key: string]: Row<D>;
}, input: Record<string, unknown>, d: D, prefix: string, onUnknown: (key: string) => void): void;
/** `over` on top of `base`, skipping keys whose value is undefined, so a hole never overrides a value. */
export declare function mergeDefined<T extends object>(base: T, over: T): T;
/** A policy without a signature (or the reverse) is refused by a server with security on. */
export declare function pairWarning(d: {
    security: Security;
    warnings: OptionWarning[];
}): void;
export {};
