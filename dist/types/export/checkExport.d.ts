import { LegacyContext } from '../legacy/context';
import { shiftAfter } from '../legacy/shift';
/** The caller's options as given (values unchecked: each use converts or tests its own). */
export type ExportOptionsCopy = {
    [k: string]: unknown;
};
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
export declare function checkExport(ctx: LegacyContext, args: ArrayLike<unknown>): ExportCall;
