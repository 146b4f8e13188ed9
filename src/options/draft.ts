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
  lists: { service?: string[]; services?: string[]; mimetype?: string[]; mimetypes?: string[]; extension?: string[]; extensions?: string[] };
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

export function newDraft(mode: PickerMode, env: TranslateEnv): Draft {
  return { mode, env, config: {}, lists: {}, image: {}, crop: {}, webcam: {}, store: {}, security: {}, debug: false, warnings: [] };
}

export function warn(d: { warnings: OptionWarning[] }, option: string, message: string): void {
  d.warnings.push({ option, message });
}

/** One row of the translation table: how one legacy key is validated and where it goes. */
export interface Row<D = Draft> {
  /** Called with a value that is neither null nor undefined (holes never override defaults). */
  apply(value: unknown, d: D, name: string): void;
}

/** A known v2 key that this version does not implement: it is accepted with a warning. */
export function unsupported<D extends { warnings: OptionWarning[] } = Draft>(hint: string): Row<D> {
  return {
    apply(_value, d, name) {
      warn(d, name, 'filepicker: `' + name + '` has no effect in this version (' + hint + ')');
    },
  };
}

/** Runs a row for each own key of `input`; unknown keys go to `onUnknown`. Null and undefined values are skipped. */
export function runTable<D>(table: { [key: string]: Row<D> }, input: Record<string, unknown>, d: D, prefix: string, onUnknown: (key: string) => void): void {
  const keys = Object.keys(input);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = input[key];
    if (value === null || value === undefined) continue;
    if (Object.prototype.hasOwnProperty.call(table, key)) table[key].apply(value, d, prefix + key);
    else onUnknown(key);
  }
}

/** `over` on top of `base`, skipping keys whose value is undefined, so a hole never overrides a value. */
export function mergeDefined<T extends object>(base: T, over: T): T {
  const out = { ...base };
  (Object.keys(over) as (keyof T)[]).forEach((k) => {
    if (over[k] !== undefined) out[k] = over[k];
  });
  return out;
}

/** A policy without a signature (or the reverse) is refused by a server with security on. */
export function pairWarning(d: { security: Security; warnings: OptionWarning[] }): void {
  const { policy, signature } = d.security;
  if (!!policy !== !!signature) {
    const given = policy ? 'policy' : 'signature';
    const missing = policy ? 'signature' : 'policy';
    warn(d, missing, 'filepicker: `' + given + '` is given without `' + missing + '`; a server with security enabled will refuse the request');
  }
}
