import { base64 } from '../base64';
import { Outcome } from '../callbacks';
import { FPError } from '../FPError';
import { percentReporter } from './request';
import { bufferToBinary } from './binary';
import { Options } from './inputs';

/** FileReader error names → v2 codes (115 not found, 116 not readable, 117 aborted, 118 other). */
function readerCode(err: unknown): number {
  const name = err && (err as { name?: string }).name;
  if (name === 'NotFoundError') return 115;
  if (name === 'NotReadableError') return 116;
  if (name === 'AbortError') return 117;
  return 118;
}

/**
 * A local File/Blob read with FileReader, as v2 did: text with `asText`, else a binary string; base64-encoded when
 * `base64encode` is truthy (the text UTF-8 encoded first with `asText`). Progress: percent read, then 100.
 */
export function readLocalFile(file: Blob, options: Options, outcome: Outcome): void {
  if (typeof FileReader === 'undefined') {
    outcome.fail(new FPError(111, 'filepicker: this browser has no FileReader'));
    return;
  }
  const asText = !!options.asText;
  const reader = new FileReader();
  const progress = percentReporter(outcome, 100);
  const binary = !asText && !reader.readAsBinaryString;
  reader.onprogress = function (e: ProgressEvent) {
    if (e.lengthComputable && e.total > 0 && e.loaded < e.total) progress.bytes(e.loaded, e.total);
  };
  reader.onload = function () {
    let result = reader.result as string | ArrayBuffer;
    if (binary) result = bufferToBinary(result as ArrayBuffer);
    progress.done();
    outcome.succeed(options.base64encode ? base64.encode(result as string, asText) : result);
  };
  reader.onerror = function () {
    outcome.fail(new FPError(readerCode(reader.error), 'filepicker: ' + (reader.error ? reader.error.name + ': ' + reader.error.message : 'the file could not be read')));
  };
  if (asText) reader.readAsText(file);
  else if (binary) reader.readAsArrayBuffer(file);
  else reader.readAsBinaryString(file);
}
