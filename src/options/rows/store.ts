import { Row } from '../draft';
import { toAccess, toLocation, toName, toPath } from '../../core/storeFields';
import { V2PickerStoreOptions } from '../types';

/** Store keys found inside picker options (widgets, v2 `pickAndStore` internals): they fill `store`. */
export const STORE_ROWS: { [K in keyof Required<V2PickerStoreOptions>]: Row } = {
  storeLocation: { apply: (v, d, n) => (d.store.location = toLocation(n, v)) },
  storePath: { apply: (v, d, n) => (d.store.path = toPath(n, v)) },
  storeContainer: { apply: (v, d, n) => (d.store.container = toName(n, v)) },
  storeRegion: { apply: (v, d, n) => (d.store.region = toName(n, v)) },
  storeAccess: { apply: (v, d, n) => (d.store.access = toAccess(n, v)) },
};
