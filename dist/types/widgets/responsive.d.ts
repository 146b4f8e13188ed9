import { LegacyContext } from '../legacy/context';
/** The width the image is shown at: its own, else (or when it has alt text, which sizes it before it loads) its parent's, up the tree. */
export declare function displayWidth(img: HTMLElement): number;
export declare function roundUp(value: number, step: number): number;
/** The resize URL for one image, or null when there is no API key. */
export declare function resizeUrl(ctx: LegacyContext, img: HTMLImageElement): string | null;
/** Points one image at its resize URL; if that fails to load, the previous source comes back. */
export declare function updateImage(ctx: LegacyContext, img: HTMLImageElement): void;
/** Every `img[data-fp-src]` of the page (all of them with `force`, else those their `on-resize` rule allows). */
export declare function updateAll(ctx: LegacyContext, force: boolean): void;
/** The on-load hook: update all images and follow window resizes (once per page). */
export declare function activateResponsive(ctx: LegacyContext): void;
/** `filepicker.responsive(img?)`. */
export declare function responsive(ctx: LegacyContext, args: ArrayLike<unknown>): void;
