import { Row } from '../draft';
import { V2PickerStoreOptions } from '../types';
/** Store keys found inside picker options (widgets, v2 `pickAndStore` internals): they fill `store`. */
export declare const STORE_ROWS: {
    [K in keyof Required<V2PickerStoreOptions>]: Row;
};
