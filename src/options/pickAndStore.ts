import { PREFIX, ValidationError } from '../core/errors';
import { mergeDefined } from './draft';
import { translatePickerDraft } from './translatePicker';
import { storeDefaults, translateStoreDraft } from './translateStore';
import { TranslateEnv, Translated } from './types';

/** v2's exact text (src/library/lib.js:80): the legacy facade and the differential suite rely on it. */
export const MISSING_OPTIONS = 'Not all required parameters given, missing picker or store options';

/** v2 threw `NaN` here (a quoting bug); this is the message it meant to give. */
export function checkMultiplePath(multiple: boolean, path: string | undefined): void {
  if (multiple && path !== undefined && path.charAt(path.length - 1) !== '/') {
    throw new ValidationError('path', PREFIX + 'pickAndStore with multiple files requires a `path` that ends in "/", got ' + JSON.stringify(path));
  }
}

/**
 * `pickAndStore(pickerOptions, storeOptions)`: both are required objects (v2 checked only `pickerOptions` for a
 * function; both are checked here). Store options win over the picker's `storeX` keys; holes never override.
 * Security: the picker options' policy/signature, else the store options'.
 */
export function translatePickAndStore(pickerOptions: unknown, storeOptions: unknown, env?: TranslateEnv): Translated {
  if (!pickerOptions || !storeOptions || typeof pickerOptions === 'function' || typeof storeOptions === 'function') {
    throw new ValidationError(!pickerOptions || typeof pickerOptions === 'function' ? 'pickerOptions' : 'storeOptions', MISSING_OPTIONS);
  }
  const picked = translatePickerDraft(pickerOptions, 'pickAndStore', env);
  const stored = translateStoreDraft(storeOptions, 'pickAndStore');
  const store = storeDefaults(mergeDefined(picked.store, stored.store), 'pickAndStore');
  checkMultiplePath(picked.config.multiple, store.path);
  const security = picked.security.policy || picked.security.signature ? picked.security : stored.security;
  return { config: picked.config, store, security, debug: picked.debug, resume: picked.resume, warnings: picked.warnings.concat(stored.warnings) };
}
