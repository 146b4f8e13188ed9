import { Row } from '../draft';
import { V2DialogOptions } from '../types';
/** Where the dialog opens, which sources it shows, and how it looks (seed 004, spec §4.2). */
export declare const DIALOG_ROWS: {
    [K in keyof Required<V2DialogOptions>]: Row;
};
