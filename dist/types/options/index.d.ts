/**
 * The option translator: v2 picker and store options -> the modern `PickerConfig` and `StoreOptions`
 * (src/core/contracts.ts), plus security, debug and warnings. Pure: it never logs and never mutates its input.
 */
import { TranslateEnv, Translated, PickerMode, StoreContext, TranslatedStore } from './types';
export { LANGUAGES, normalizeLanguage } from './languages';
export { V2_SERVICES, DEFAULT_SOURCES } from './services';
export { translatePickAndStore, MISSING_OPTIONS } from './pickAndStore';
export type { OptionWarning, PickerMode, StoreContext, StoreContent, TranslateEnv, Translated, TranslatedStore, V2PickerOptions, V2StoreOptions, V2WebcamOptions, } from './types';
/**
 * Picker options of `pick`, `pickMultiple` or `pickAndStore` (and `processImage`, as `pick`). `env` carries the user agent
 * (mobile -> `container: 'window'`). Throws a `ValidationError` for bad values; unknown keys only warn.
 */
export declare function translatePickerOptions(input: unknown, mode: PickerMode, env?: TranslateEnv): Translated;
/** Store options of `pickAndStore` or of the REST `store`/`storeUrl` calls, with v2's defaults (location `s3`). */
export declare function translateStoreOptions(input: unknown, context: StoreContext): TranslatedStore;
