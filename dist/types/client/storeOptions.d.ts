import { StoreOptions } from '../core/contracts';
export interface StoreOptionsInput {
    location?: string;
    container?: string;
    region?: string;
    path?: string;
    access?: string;
    filename?: string;
}
export declare function normalizeStoreOptions(input: StoreOptionsInput | undefined | null): StoreOptions;
