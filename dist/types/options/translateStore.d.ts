import { Security, StoreOptions } from '../core/contracts';
import { Row } from './draft';
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
/**
 * Which keys each context accepts:
 * - both: `location`, `path`, `container`/`storeContainer`, `region`/`storeRegion`, `access`, `policy`, `signature`;
 * - `store` only: `filename`, `mimetype`, `base64decode` (in `pickAndStore` they are ignored with a warning).
 */
export declare const STORE_OPTION_TABLE: {
    [K in keyof Required<V2StoreOptions>]: Row<StoreDraft>;
};
/** The store options as given, validated, without defaults (holes stay holes, so a merge cannot be overridden by one). */
export declare function translateStoreDraft(input: unknown, context: StoreContext): TranslatedStore;
/** v2 defaults: location S3 for both calls (`setDefault`), access private for pickAndStore. */
export declare function storeDefaults(store: StoreOptions, context: StoreContext): StoreOptions;
export {};
