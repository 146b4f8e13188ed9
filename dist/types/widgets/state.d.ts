import { LegacyContext } from '../legacy/context';
/** Page-level widget state, one per legacy context. */
export declare class WidgetState {
    /** What `setResponsiveOptions` stored, as the caller gave it (each use converts the field it reads). */
    responsiveOptions: {
        [key: string]: unknown;
    };
    /** True once the window `resize` listener for responsive images is installed. */
    resizeHooked: boolean;
    /** True once the missing-key message for responsive images was printed. */
    keyErrorShown: boolean;
}
/** The widget state of a context (made on first use). */
export declare function stateOf(ctx: LegacyContext): WidgetState;
/** The window of the page (given to `startWidgets`, else the global one). */
export declare function windowOf(ctx: LegacyContext): Window;
export declare function consoleError(message: string): void;
