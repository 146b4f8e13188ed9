import { RestEnv } from './env';
import { Options } from './inputs';
/**
 * What `read` gives for the bytes of a URL. A file of ours (an FPFile or a file URL): v2's binary string (one char
 * per byte: latin1) by default, which pages that read binary data depend on; the UTF-8 text with `asText`; base64 with
 * `base64encode: true`; text with `base64encode: false`. Another site's URL: its text (v2 returned `responseText`),
 * or base64 with `base64encode: true`.
 */
export declare function readResult(bytes: string, options: Options, ourFile: boolean): string;
/** `read(input, options?, onSuccess?, onError?, onProgress?)`: the contents of a URL, FPFile, file input or File/Blob. */
export declare function read(env: RestEnv, args: ArrayLike<unknown>): void;
