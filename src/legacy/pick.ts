import { PickedFile, PickedFileProgress } from '../core/contracts';
import { translatePickAndStore, translatePickerOptions } from '../options';
import { browserEnv } from './browserEnv';
import { Outcome, pickErrorToFP, throwingValidation } from './callbacks';
import { LegacyContext } from './context';
import { FilepickerException } from './FilepickerException';
import { FPError, handleError } from './FPError';
import { toPickerBlob, toProgress, V2Blob } from './blob';
import { Fn, isFunction, shiftOptions } from './shift';

type Mode = 'pick' | 'pickMultiple' | 'pickAndStore';


/** The result v2 gave with `debug: true`: a fixed dummy file, after a short delay. */
function debugBlob(ctx: LegacyContext): V2Blob {
  return { url: ctx.hosts.fileApi + '/-nBq2onTSemLBxlcBWn1', filename: 'test.png', mimetype: 'image/png', size: 58979, id: 1, client: 'computer', isWriteable: true };
}

function open(ctx: LegacyContext, mode: Mode, pickerOptions: unknown, storeOptions: unknown, cb: { onSuccess?: Fn; onError?: Fn; onProgress?: Fn }): { close(): void } {
  const env = browserEnv();
  const t = throwingValidation(() =>
    mode === 'pickAndStore' ? translatePickAndStore(pickerOptions, storeOptions, env) : translatePickerOptions(pickerOptions, mode, env));
  t.warnings.forEach((w) => ctx.warnOnce('option:' + w.option + ':' + w.message, w.message));
  const arrayResult = mode !== 'pick';
  const outcome = new Outcome(cb.onSuccess, cb.onError || handleError(ctx.debug), cb.onProgress);

  if (t.debug) {
    const d = debugBlob(ctx);
    setTimeout(() => outcome.succeed(arrayResult ? [d, d, d] : d), 1);
    return { close: () => outcome.close() };
  }

  const uploader = ctx.uploader(t.security, t.resume);
  const session = ctx.deps.dialog().open(t.config, t.store, uploader, {
    onProgress(p: PickedFileProgress) {
      outcome.progress(toProgress(p));
    },
    onDone(files: PickedFile[]) {
      const blobs = files.map(toPickerBlob);
      outcome.succeed(arrayResult ? blobs : blobs[0]);
    },
    onCancel() {
      outcome.fail(new FPError(101));
    },
    onError(err: Error) {
      outcome.fail(pickErrorToFP(err));
    },
  }, ctx.queue);
  return {
    close() {
      outcome.close();
      session.close();
    },
  };
}

/** `pick(options?, onSuccess?, onError?, onProgress?)`: one Blob. */
export function pick(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftOptions(args);
  return open(ctx, 'pick', a.options, undefined, a);
}

/** `pickMultiple(options?, onSuccess?, onError?, onProgress?)`: an array of Blobs. */
export function pickMultiple(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftOptions(args);
  return open(ctx, 'pickMultiple', a.options, undefined, a);
}

/** `pickAndStore(pickerOptions, storeOptions, onSuccess, onError?, onProgress?)`: always an array of Blobs. */
export function pickAndStore(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const [pickerOptions, storeOptions, onSuccess, onError, onProgress] = [args[0], args[1], args[2], args[3], args[4]];
  if (!pickerOptions || !storeOptions || isFunction(pickerOptions) || isFunction(storeOptions)) {
    throw new FilepickerException('Not all required parameters given, missing picker or store options');
  }
  return open(ctx, 'pickAndStore', pickerOptions, storeOptions, {
    onSuccess: isFunction(onSuccess) ? onSuccess : undefined,
    onError: isFunction(onError) ? onError : undefined,
    onProgress: isFunction(onProgress) ? onProgress : undefined,
  });
}
