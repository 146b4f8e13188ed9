import { StoredFile, UploadBatch, UploadProgress } from '../core/contracts';
import { isNetworkError } from '../core/errors';
import { toRestBlob, V2Blob } from '../legacy/blob';
import { LegacyContext } from '../legacy/context';
import { FPError } from '../legacy/FPError';
import { CodeTable, codeFor } from '../legacy/rest/codes';
import { translateStoreOptions } from '../options';

/** The v2 store options a drop pane takes (`location`, `path`, `container`, `access`, `policy`, `signature`). */
export type DropStoreOptions = { [key: string]: unknown };

/**
 * A batch of the page's file queue for one drop: the store options go through the translator (v2's defaults, the
 * same checks as `store`), the files through an Uploader with the options' policy and signature. Throws what
 * `store` threw synchronously (no API key: FilepickerException; a bad option: ValidationError).
 */
export function dropBatch(ctx: LegacyContext, options: DropStoreOptions): UploadBatch {
  const t = translateStoreOptions(options, 'store');
  const uploader = ctx.uploader(t.security);
  return ctx.queue.batch(uploader, t.store, (message) => ctx.warnOnce('drop:discard', message));
}

/** The Blob `store` gives for a stored file: `url, filename, mimetype, size, key, isWriteable` (written with this key). */
export function dropBlob(stored: StoredFile): V2Blob {
  return toRestBlob({ ...stored, isWriteable: true });
}

/** The FPError `store` gives for an engine error (`codes`: the table of the call). */
export function dropError(err: unknown, codes: CodeTable): FPError {
  const details = err instanceof Error ? err.message : String(err);
  return new FPError(isNetworkError(err) ? codeFor(codes, err.status, false) : codes.other, details);
}

/**
 * A file's progress as `store` reports it: a percent that only grows, at most 95 while bytes go out (the server
 * still has to answer), 100 once stored.
 */
export class PercentOf {
  /** The last percent reported (-1: none yet). */
  private last = -1;

  /** `report` receives each new percent. */
  constructor(private report: (percent: number) => void) {}

  bytes(p: UploadProgress): void {
    if (p.total > 0) this.emit(Math.min(95, Math.round((p.loaded * 95) / p.total)));
  }

  done(): void {
    this.emit(100);
  }

  private emit(percent: number): void {
    if (percent <= this.last) return;
    this.last = percent;
    this.report(percent);
  }
}
