import { Row } from '../draft';
import { V2DialogOptions } from '../types';
/** Where the dialog opens, which sources it shows, and how it looks (v2's dialog options). */
export declare const DIALOG_ROWS: {
    [K in keyof Required<V2DialogOptions>]: Row;
};
