import { Outcome } from '../callbacks';
import { Options } from './inputs';
/**
 * A local File/Blob read with FileReader, as v2 did: text with `asText`, else a binary string; base64-encoded when
 * `base64encode` is truthy (the text UTF-8 encoded first with `asText`). Progress: percent read, then 100.
 */
export declare function readLocalFile(file: Blob, options: Options, outcome: Outcome): void;
