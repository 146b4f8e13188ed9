import { LegacyContext } from '../legacy/context';
/** The public `filepicker` object as the widgets see it: only the members they call. */
export interface PublicApi {
    setKey(key: unknown): void;
    pick(options: unknown, onSuccess?: (blob: any) => void, onError?: (e: any) => void): unknown;
    pickMultiple(options: unknown, onSuccess?: (blobs: any[]) => void, onError?: (e: any) => void): unknown;
    store(input: unknown, options: unknown, onSuccess?: (blob: any) => void, onError?: (e: any) => void, onProgress?: (p: number) => void): unknown;
    storeUrl(url: string, options: unknown, onSuccess?: (blob: any) => void, onError?: (e: any) => void, onProgress?: (p: number) => void): unknown;
    remove(target: unknown, options: unknown, onSuccess?: () => void, onError?: (e: any) => void): unknown;
    exportFile(input: unknown, options?: unknown, onSuccess?: (blob: any) => void, onError?: (e: any) => void): unknown;
    processImage(input: unknown, options?: unknown, onSuccess?: (blob: any) => void, onError?: (e: any) => void): unknown;
    stat?(target: unknown, options: unknown, onSuccess?: (meta: any) => void, onError?: (e: any) => void): unknown;
    services?: {
        [name: string]: number;
    };
    [name: string]: any;
}
/** Page-level widget state, one per legacy context. */
export declare class WidgetState {
    /** The public API object, known once `startWidgets` ran (members called earlier fall back to `window.filepicker`). */
    api: PublicApi | undefined;
    /** The window the widgets live in. */
    win: Window | undefined;
    /** What `setResponsiveOptions` stored. */
    responsiveOptions: {
        [key: string]: any;
    };
    /** True once the window `resize` listener for responsive images is installed. */
    resizeHooked: boolean;
    /** True once the missing-key message for responsive images was printed. */
    keyErrorShown: boolean;
}
/** The widget state of a context (kept on the context under a non-enumerable key: no Map/WeakMap in ES5). */
export declare function stateOf(ctx: LegacyContext): WidgetState;
/** The window of the page (given to `startWidgets`, else the global one). */
export declare function windowOf(ctx: LegacyContext): Window;
/** The public API object (given to `startWidgets`, else `window.filepicker`). */
export declare function apiOf(ctx: LegacyContext): PublicApi;
export declare function consoleError(message: string): void;
