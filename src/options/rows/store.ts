import { Row } from '../draft';
import { listAsText } from '../lenient';
import { toAccess, toLocation, toName, toPath } from '../../core/storeFields';
import { V2PickerStoreOptions } from '../types';

/** Store keys found inside picker options (widgets, v2 `pickAndStore` internals): they fill `store`. */
export const STORE_ROWS: { [K in keyof Required<V2PickerStoreOptions>]: Row } = {
  storeLocation: { apply: (v, d, n) => (d.store.location = toLocation(n, listAsText(n, v, d))) },
  storePath: { apply: (v, d, n) => (d.store.path = toPath(n, listAsText(n, v, d))) },
  storeContainer: { apply: (v, d, n) => (d.store.container = toName(n, listAsText(n, v, d))) },
  storeRegion: { apply: (v, d, n) => (d.store.region = toName(n, listAsText(n, v, d))) },
  storeAccess: { apply: (v, d, n) => (d.store.access = toAccess(n, listAsText(n, v, d))) },
};
