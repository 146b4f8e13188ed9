/**
 * The REST `store` / `storeUrl` store options, read by the one store option translator of src/options (the one
 * `pickAndStore` uses): v2's `storeContainer` / `storeRegion` next to `container` / `region`, the location in any case,
 * and a bad value (an unknown `location`, a `container` with spaces, …) refused with the message naming the option.
 * Only text values reach the translator: an array or object given as an option is left out, as optionText.ts says.
 */
import { StoreOptions } from '../../core/contracts';
import { translateStoreOptions } from '../../options';
import type { LegacyContext } from '../context';
import { Options } from './inputs';
import { sendableText } from './optionText';

/** The store keys of the REST calls (the content keys `mimetype`, `base64decode` and the security pair go as before). */
const STORE_KEYS = ['location', 'path', 'container', 'storeContainer', 'region', 'storeRegion', 'access', 'filename'];

/** Translated store options; throws a ValidationError naming the option for a bad value. */
export function restStoreOptions(ctx: LegacyContext, options: Options): StoreOptions {
  const input: Options = {};
  for (let i = 0; i < STORE_KEYS.length; i++) {
    const text = sendableText(options[STORE_KEYS[i]]);
    if (text !== undefined) input[STORE_KEYS[i]] = text;
  }
  const t = translateStoreOptions(input, 'store');
  for (let i = 0; i < t.warnings.length; i++) ctx.warnOnce('option:' + t.warnings[i].option + ':' + t.warnings[i].message, t.warnings[i].message);
  return t.store;
}
