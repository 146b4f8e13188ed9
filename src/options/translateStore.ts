import { Security, StoreOptions } from '../core/contracts';
import { fail, isObject, toBool, toStr } from './coerce';
import { mergeDefined, pairWarning, Row, runTable, warn } from './draft';
import { toMimetypes } from './rows/restrictions';
import { toSecret } from './rows/security';
import { toAccess, toLocation, toName, toPath } from '../core/storeFields';
import { unknownKeyMessage } from './suggest';
import { OptionWarning, StoreContent, StoreContext, TranslatedStore, V2StoreOptions } from './types';

interface StoreDraft {
  context: StoreContext;
  store: StoreOptions;
  /** v2 `storeContainer` and `storeRegion` win over the modern `container` and `region`. */
  storeContainer?: string;
  storeRegion?: string;
  content: StoreContent;
  security: Security;
  warnings: OptionWarning[];
}

/** A key that only the REST `store` call uses; `pickAndStore` ignores it (as v2 did) with a warning. */
function storeOnly(apply: (v: unknown, d: StoreDraft, n: string) => void): Row<StoreDraft> {
  return {
    apply(v, d, n) {
      if (d.context === 'store') apply(v, d, n);
      else warn(d, n, 'filepicker: store option `' + n + '` has no effect for pickAndStore (it applies to filepicker.store)');
    },
  };
}

function singleMimetype(name: string, value: unknown): string {
  const list = toMimetypes(name, toStr(name, value));
  if (list.length !== 1) return fail(name, 'one MIME type like "text/plain"', value);
  return list[0];
}

/**
 * Which keys each context accepts:
 * - both: `location`, `path`, `container`/`storeContainer`, `region`/`storeRegion`, `access`, `policy`, `signature`;
 * - `store` only: `filename`, `mimetype`, `base64decode` (in `pickAndStore` they are ignored with a warning).
 */
export const STORE_OPTION_TABLE: { [K in keyof Required<V2StoreOptions>]: Row<StoreDraft> } = {
  location: { apply: (v, d, n) => (d.store.location = toLocation(n, v)) },
  path: { apply: (v, d, n) => (d.store.path = toPath(n, v)) },
  container: { apply: (v, d, n) => (d.store.container = toName(n, v)) },
  storeContainer: { apply: (v, d, n) => (d.storeContainer = toName(n, v)) },
  region: { apply: (v, d, n) => (d.store.region = toName(n, v)) },
  storeRegion: { apply: (v, d, n) => (d.storeRegion = toName(n, v)) },
  access: { apply: (v, d, n) => (d.store.access = toAccess(n, v)) },
  filename: storeOnly((v, d, n) => (d.store.filename = toStr(n, v))),
  mimetype: storeOnly((v, d, n) => (d.content.mimetype = singleMimetype(n, v))),
  base64decode: storeOnly((v, d, n) => (d.content.base64decode = toBool(n, v))),
  policy: { apply: (v, d, n) => (d.security.policy = toSecret(n, v)) },
  signature: { apply: (v, d, n) => (d.security.signature = toSecret(n, v)) },
};

const STORE_KEYS = Object.keys(STORE_OPTION_TABLE);

/** The store options as given, validated, without defaults (holes stay holes, so a merge cannot be overridden by one). */
export function translateStoreDraft(input: unknown, context: StoreContext): TranslatedStore {
  const d: StoreDraft = { context, store: {}, content: {}, security: {}, warnings: [] };
  if (input !== null && input !== undefined) {
    if (!isObject(input)) return fail('storeOptions', 'an object of store options', input);
    runTable(STORE_OPTION_TABLE, input, d, '', (key) => warn(d, key, unknownKeyMessage('store option', key, STORE_KEYS)));
  }
  if (d.storeContainer !== undefined) d.store.container = d.storeContainer;
  if (d.storeRegion !== undefined) d.store.region = d.storeRegion;
  pairWarning(d);
  return { store: d.store, security: d.security, content: d.content, warnings: d.warnings };
}

/** v2 defaults: location S3 for both calls (`setDefault`), access private for pickAndStore. */
export function storeDefaults(store: StoreOptions, context: StoreContext): StoreOptions {
  const out: StoreOptions = mergeDefined({ location: 's3' }, store);
  if (context === 'pickAndStore' && !out.access) out.access = 'private';
  return out;
}
