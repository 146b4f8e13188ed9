import { EngineUploader, UploaderConfig } from './createUploader';
/** What the part gives. */
export interface EngineModule {
    createUploader(config: UploaderConfig): EngineUploader;
}
/** The engine: a chunk of its own in the minified bundle; elsewhere in the same file (a condition the build folds, so only one branch is bundled). */
export declare function loadEngine(): Promise<EngineModule>;
/** Starts loading the engine early (the entry calls it at idle); a failure is left to the call that needs it. */
export declare function prefetchEngine(): void;
/** An EngineUploader that checks at once and runs on the engine `load` gives (default: loadEngine). */
export declare function createUploader(config: UploaderConfig, load?: () => Promise<EngineModule>): EngineUploader;
