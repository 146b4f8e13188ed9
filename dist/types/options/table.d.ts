import { Row } from './draft';
import { V2PickerOptions } from './types';
/**
 * One row per v2 picker option. The mapped type makes a missing row a compile error: adding a key to
 * `V2PickerOptions` (or one of its groups) without a row here does not type-check.
 */
export declare const PICKER_TABLE: {
    [K in keyof Required<V2PickerOptions>]: Row;
};
/** Every known picker option name, for "did you mean" hints. */
export declare const PICKER_KEYS: string[];
