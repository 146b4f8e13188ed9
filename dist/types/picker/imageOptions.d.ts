import { PickerConfig } from '../core/contracts';
export type ImageOptions = NonNullable<PickerConfig['image']>;
/** True when the picker options ask for client-side image processing (imageResize.ts, the on-demand `image` chunk). */
export declare function hasImageOptions(opts: ImageOptions | undefined): opts is ImageOptions;
