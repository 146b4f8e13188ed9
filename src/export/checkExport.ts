import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { shiftAfter } from '../legacy/shift';

const URL_RE = /^(http|https):.*\/\//i;

/** The caller's options as given (values unchecked: each use converts or tests its own). */
export type ExportOptionsCopy = { [k: string]: unknown };

/** An FPFile-like input: an object whose fields are read only after a type test. */
type FileObject = { url?: unknown; mimetype?: unknown; filename?: unknown; size?: unknown };

/** What `export` works with once its checks passed. */
export interface ExportCall {
  a: ReturnType<typeof shiftAfter>;
  /** A copy of the caller's options, completed from the FPFile (mimetype, suggestedFilename). */
  options: ExportOptionsCopy;
  url: string;
  size: number | undefined;
  /** True when the caller named the saved file (an FPFile's own name is what the server sends anyway). */
  renamed: boolean;
}

/**
 * The synchronous part of `export` / `exportFile(input, options?, onSuccess?, onError?)`, in the main bundle: the
 * key, the input (a URL or an FPFile) and the mimetype/extension clash, with v2's exception texts. The dialog is
 * the on-demand `export` chunk (exportFile.ts), which starts by calling this.
 */
export function checkExport(ctx: LegacyContext, args: ArrayLike<unknown>): ExportCall {
  ctx.requireKey();
  const a = shiftAfter(args, 1);
  const input: unknown = a.fixed[0];
  const options: ExportOptionsCopy = {};
  const given = a.options as ExportOptionsCopy | undefined;
  if (given && typeof given === 'object') for (const k in given) options[k] = given[k];
  const renamed = !!options.suggestedFilename;
  let url: string;
  let size: number | undefined;
  if (typeof input === 'string' && URL_RE.test(input)) {
    url = input;
  } else if (input && typeof input === 'object' && (input as FileObject).url) {
    const file = input as FileObject;
    url = String(file.url);
    if (!options.mimetype && !options.extension) options.mimetype = file.mimetype;
    if (!options.suggestedFilename) options.suggestedFilename = file.filename;
    if (typeof file.size === 'number') size = file.size;
  } else {
    throw new FilepickerException('Invalid file to export: ' + input + '. Not a valid url or FPFile object. You may want to use filepicker.store() to get an FPFile to export');
  }
  if ((options.mimetype || options.mimetypes) && (options.extension || options.extensions)) {
    throw new FilepickerException('Error: Cannot pass in both mimetype and extension parameters to the export function');
  }
  return { a: a, options: options, url: url, size: size, renamed: renamed };
}
