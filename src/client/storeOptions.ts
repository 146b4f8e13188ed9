/**
 * The modern `storeOptions` (filestack-js 0.5.x's names), checked and normalized with the store fields' one home
 * (src/core/storeFields.ts, which the v2 translator uses too): location in any case (default `s3`), access in any case,
 * container and region names without spaces, a path. A missing, null or empty value is no value.
 */
import { PREFIX, ValidationError } from '../core/errors';
import { describeValue } from '../core/describe';
import { hasLoneSurrogate } from '../core/wellFormed';
import { StoreOptions } from '../core/contracts';
import { toAccess, toLocation, toName, toPath } from '../core/storeFields';

export interface StoreOptionsInput {
  location?: string;
  container?: string;
  region?: string;
  path?: string;
  access?: string;
  filename?: string;
}

/** The value of `key`, when one is given: a well-formed string. */
function given(o: StoreOptionsInput, key: keyof StoreOptionsInput): string | undefined {
  const v: unknown = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new ValidationError(key, PREFIX + '`' + key + '` must be a string, got ' + describeValue(v));
  if (hasLoneSurrogate(v)) throw new ValidationError(key, PREFIX + '`' + key + '` must be well-formed text (it holds a lone surrogate), got ' + describeValue(v));
  return v;
}

export function normalizeStoreOptions(input: StoreOptionsInput | undefined | null): StoreOptions {
  if (input === undefined || input === null) return { location: 's3' };
  if (typeof input !== 'object') throw new ValidationError('storeOptions', PREFIX + '`storeOptions` must be an object, got ' + describeValue(input));
  const location = given(input, 'location');
  const out: StoreOptions = { location: location === undefined ? 's3' : toLocation('location', location) };
  const access = given(input, 'access');
  if (access !== undefined) out.access = toAccess('access', access);
  const container = given(input, 'container');
  if (container !== undefined) out.container = toName('container', container);
  const region = given(input, 'region');
  if (region !== undefined) out.region = toName('region', region);
  const path = given(input, 'path');
  if (path !== undefined) out.path = toPath('path', path);
  const filename = given(input, 'filename');
  if (filename !== undefined) out.filename = filename;
  return out;
}
