/**
 * The option translator: v2 picker and store options -> the modern `PickerConfig` and `StoreOptions`
 * (src/core/contracts.ts), plus security, debug and warnings. Pure: it never logs and never mutates its input.
 */
import { TranslateEnv, Translated, PickerMode, StoreContext, TranslatedStore } from './types';
import { translatePickerDraft } from './translatePicker';
import { checkMultiplePath } from './pickAndStore';
import { storeDefaults, translateStoreDraft } from './translateStore';

export { LANGUAGES, normalizeLanguage } from './languages';
export { V2_SERVICES, DEFAULT_SOURCES } from './services';
export { translatePickAndStore, MISSING_OPTIONS } from './pickAndStore';
export type {
  OptionWarning,
  PickerMode,
  StoreContext,
  StoreContent,
  TranslateEnv,
  Translated,
  TranslatedStore,
  V2PickerOptions,
  V2StoreOptions,
  V2WebcamOptions,
} from './types';

/**
 * Picker options of `pick`, `pickMultiple` or `pickAndStore` (and `processImage`, as `pick`). `env` carries the user agent
 * (mobile -> `container: 'window'`). Throws a `ValidationError` for bad values; unknown keys only warn.
 */
export function translatePickerOptions(input: unknown, mode: PickerMode, env?: TranslateEnv): Translated {
  const t = translatePickerDraft(input, mode, env);
  if (mode === 'pickAndStore') {
    t.store = storeDefaults(t.store, 'pickAndStore');
    checkMultiplePath(t.config.multiple, t.store.path);
  }
  return t;
}

/** Store options of `pickAndStore` or of the REST `store`/`storeUrl` calls, with v2's defaults (location `s3`). */
export function translateStoreOptions(input: unknown, context: StoreContext): TranslatedStore {
  const t = translateStoreDraft(input, context);
  t.store = storeDefaults(t.store, context);
  return t;
}
