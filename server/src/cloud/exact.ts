/** A pass-through that fails when the stream ends with another byte count than announced (a transfer cut short). */
import { Transform } from 'stream';
import { CloudError } from './errors';

export function exactly(provider: string, size: number | undefined): Transform {
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      cb(size !== undefined && n !== size ? new CloudError('upstream', provider, `the transfer stopped after ${n} of ${size} bytes`) : null);
    },
  });
}

/** `body` through `exactly`, errors of `body` passed on. */
export function checkedLength(provider: string, body: NodeJS.ReadableStream & { on(e: 'error', l: (e: Error) => void): unknown }, size: number | undefined, mapError: (e: unknown) => Error): Transform {
  const check = exactly(provider, size);
  body.on('error', (e) => check.destroy(mapError(e)));
  return body.pipe(check);
}
