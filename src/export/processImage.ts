import { PickedFile, PickedFileProgress } from '../core/contracts';
import { translatePickerOptions } from '../options';
import { Outcome, pickErrorToFP, throwingValidation } from '../legacy/callbacks';
import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { FPError, handleError } from '../legacy/FPError';
import { toPickerBlob, toProgress } from '../legacy/blob';
import { browserEnv } from '../legacy/browserEnv';
import { shiftAfter } from '../legacy/shift';
import { fetchImage } from './fetchImage';

/** What the editor can open (canvas re-encodes these as themselves). */
const IMAGE = /^image\/(jpeg|png|webp)$/i;

/**
 * `processImage(input, options?, onSuccess?, onError?, onProgress?)`: v2 opened its dialog with the image at a filepicker
 * URL in the crop/convert view and stored the result. Here: v2's key check, shifting and input check (a URL string or
 * an object with `url`; anything else throws v2's text), then the image is read through its URL, opened in the
 * dialog's editor, and the edited copy is stored through the injected Uploader: one v2 Blob to `onSuccess`.
 * Like v2, the options are picker options with `multiple: false`, `services: ['CONVERT', 'COMPUTER']`,
 * `backgroundUpload: true` and `hide: false` forced. Errors: 101 when the user cancels, 141 when the image is not
 * found, 142 when it is not a JPEG, PNG or WebP image, 143 when it cannot be read. Returns `{close}`.
 */
export function processImage(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftAfter(args, 1);
  const input = a.fixed[0] as string | { url?: unknown; filename?: unknown; mimetype?: unknown } | null | undefined;
  if (!(typeof input === 'string' || (input && typeof input === 'object' && input.url))) {
    throw new FilepickerException('Invalid file to convert: ' + input + '. Not a valid url or FPFile object or not filepicker url. You can convert only filepicker url images.');
  }
  const url = String(typeof input === 'string' ? input : input.url);
  const given = a.options && typeof a.options === 'object' ? (a.options as Record<string, unknown>) : {};
  const options = { ...given, multiple: false, services: ['CONVERT', 'COMPUTER'], backgroundUpload: true, hide: false };
  const env = browserEnv();
  const t = throwingValidation(() => translatePickerOptions(options, 'pick', env));
  t.warnings.forEach((w) => ctx.warnOnce('option:' + w.option + ':' + w.message, w.message));
  const outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug), a.onProgress);
  const name = typeof input === 'object' && typeof input.filename === 'string' && input.filename ? input.filename : undefined;

  let session: { close(): void } | undefined;
  const read = fetchImage(ctx.window(), url, name);
  read.promise.then(
    (got) => {
      if (outcome.finished) return;
      const type = String(got.file.type || (typeof input === 'object' && input.mimetype) || '');
      if (!IMAGE.test(type)) return outcome.fail(new FPError(142, 'processImage edits JPEG, PNG and WebP images; got "' + type + '"'));
      session = ctx.deps.dialog().open({ ...t.config, editFile: got.file }, t.store, ctx.uploader(t.security), {
        onProgress(p: PickedFileProgress) {
          outcome.progress(toProgress(p));
        },
        onDone(files: PickedFile[]) {
          outcome.succeed(toPickerBlob(files[0]));
        },
        onCancel() {
          outcome.fail(new FPError(101));
        },
        onError(err: Error) {
          outcome.fail(pickErrorToFP(err));
        },
      }, ctx.queue);
    },
    (err: { status: number }) => {
      if (outcome.finished) return;
      outcome.fail(err.status === 404 ? new FPError(141) : new FPError(143, 'reading ' + url + ' failed' + (err.status ? ' with HTTP ' + err.status : ' (network or CORS)')));
    },
  );
  return {
    close() {
      outcome.close();
      read.cancel();
      if (session) session.close();
    },
  };
}
