/** Image conversions for the file API's `/convert` route and the responsive-images `/process` route. */
export { convertImage } from './image';
export { parseConvertParams, UNSUPPORTED_PARAMS, MAX_DIMENSION } from './params';
export type { ConvertParams, CropRect, Fit, OutputFormat, Align } from './params';
export { parseProcessPath, buildResizeUrl } from './process';
export type { ProcessRequest } from './process';
export { convertRoute, processRoute, MAX_CONVERT_INPUT } from './route';
