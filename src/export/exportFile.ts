import { Outcome } from '../legacy/callbacks';
import { LegacyContext } from '../legacy/context';
import { FPError, handleError } from '../legacy/FPError';
import { V2_SERVICES } from '../options/services';
import { checkExport, ExportCall, ExportOptionsCopy } from './checkExport';
import { clickLink, sameOrigin, saveWithoutLeaving } from './download';
import { filenameOf } from './fetchImage';
import { openSaveDialog } from './saveDialog';

/** The export Blob: `url, filename, mimetype, size, client, isWriteable`. */
export interface ExportBlob {
  url: string;
  filename: string;
  mimetype: string;
  size: number | undefined;
  client: 'computer';
  isWriteable: true;
}

/** `<url>?dl=true` (or `&dl=true`): the file API's "download" form. */
export function downloadUrl(url: string): string {
  const hash = url.indexOf('#');
  const base = hash >= 0 ? url.slice(0, hash) : url;
  return base + (base.indexOf('?') >= 0 ? '&' : '?') + 'dl=true';
}

function lastSegment(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const seg = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(seg);
  } catch (_e) {
    return seg;
  }
}

/** A URL of the configured file API or CDN (answers `dl=true` with an attachment). */
function isFileApiUrl(ctx: LegacyContext, url: string): boolean {
  const bases = [ctx.hosts.fileApi + '/', ctx.hosts.cdn + '/'];
  for (let i = 0; i < bases.length; i++) if (url.slice(0, bases[i].length) === bases[i]) return true;
  return false;
}

/** Service names of `service`/`services` (strings, or v2 numbers mapped back through `filepicker.services`). */
function requestedServices(options: ExportOptionsCopy, table: { [name: string]: number }): string[] {
  let list: unknown = options.services;
  if (list !== undefined && Object.prototype.toString.call(list) !== '[object Array]') list = [list];
  if (list === undefined && options.service !== undefined) list = [options.service];
  const out: string[] = [];
  const arr = (list || []) as unknown[];
  for (let i = 0; i < arr.length; i++) {
    let name = String(arr[i]).replace(' ', '');
    if (typeof arr[i] === 'number') {
      for (const k in table) if (table[k] === arr[i]) name = k;
    }
    out.push(name.toUpperCase());
  }
  return out;
}

/** What the file API's stat (or the downloaded bytes) tell about the file; any field may be missing. */
type FileMeta = { filename?: unknown; mimetype?: unknown; size?: unknown };

/** The export Blob of `call`, saved as `filename`: the caller's name and mimetype first, then what `meta` says. */
function exportBlob(call: ExportCall, filename: string, meta: FileMeta | null): ExportBlob {
  const options = call.options;
  return {
    url: call.url,
    filename: options.suggestedFilename ? filename : String((meta && meta.filename) || filename),
    mimetype: String(options.mimetype || (meta && meta.mimetype) || ''),
    size: call.size !== undefined ? call.size : meta && typeof meta.size === 'number' ? meta.size : undefined,
    client: 'computer',
    isWriteable: true,
  };
}

/**
 * `export` / `exportFile(input, options?, onSuccess?, onError?)`: input checks and exception texts as v2.
 * Opens a small save dialog whose only destination is "Download to this computer" (there are no cloud destinations
 * in this version; requested ones are named in one console warning). Download saves `<url>?dl=true` (through an
 * `<a download>` on the page's origin, a hidden frame elsewhere; see download.ts) and calls `onSuccess` with the export Blob; closing the dialog calls `onError(FPError 131)`.
 * Returns `{close}` (closes without a callback).
 */
export function exportFile(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  const call = checkExport(ctx, args);
  const a = call.a;
  const options = call.options;
  const url = call.url;
  const size = call.size;
  const renamed = call.renamed;
  const onError = a.onError || handleError(ctx.debug);
  const left = requestedServices(options, V2_SERVICES).filter((s) => s !== 'COMPUTER');
  if (left.length) {
    ctx.warnOnce('export:services:' + left.join(','), 'filepicker: export offers only "Download to this computer" in this version; these services are left out: ' + left.join(', '));
  }
  const filename = String(options.suggestedFilename || lastSegment(url) || 'file');
  const outcome = new Outcome(a.onSuccess, onError);
  const doc = ctx.window().document;

  const deliver = (meta: FileMeta | null): void => outcome.succeed(exportBlob(call, filename, meta));
  /**
   * The file API's response names the file (Content-Disposition), so a download link alone cannot rename it. A file
   * on another origin goes through a hidden frame: a link there would navigate the page away.
   */
  const directDownload = (): void => {
    saveWithoutLeaving(doc, downloadUrl(url), filename);
    if (size !== undefined || !ctx.hasMember('stat')) {
      deliver(null);
      return;
    }
    try {
      ctx.call('stat', [url, {}, (meta: FileMeta | null | undefined) => deliver(meta || null), () => deliver(null)]);
    } catch (_e) {
      deliver(null);
    }
  };
  /**
   * With a suggested name, or for a file of another site: get the bytes (the page's HTTP stack, `ctx.http()`: fetch
   * where the page has it, else XHR) and save them from an object URL under that name (else the name the answer
   * gives, else the URL's); the direct download when that fails (CORS, no HTTP at all).
   */
  const bytesDownload = (win: { URL: typeof URL }): void => {
    ctx.http().transport.request({ method: 'GET', url: downloadUrl(url), responseType: 'blob' }).then(
      (res) => {
        const data = res.body as Blob | undefined;
        if (res.status < 200 || res.status >= 300 || !data) {
          directDownload();
          return;
        }
        const saveAs = options.suggestedFilename ? filename : filenameOf(res.headers.get('Content-Disposition')) || filename;
        const objectUrl = win.URL.createObjectURL(data);
        clickLink(doc, objectUrl, saveAs);
        setTimeout(() => win.URL.revokeObjectURL(objectUrl), 60000);
        deliver({ size: data.size, mimetype: data.type, filename: saveAs });
      },
      () => directDownload(),
    );
  };

  const dialog = openSaveDialog(doc, filename, {
    onDownload() {
      // an old page may lack URL or URL.createObjectURL although the DOM types declare both
      const win = ctx.window() as { URL?: Partial<typeof URL> };
      const canSaveBytes = !!win.URL && typeof win.URL.createObjectURL === 'function';
      // the file API names the file itself (Content-Disposition); any other origin's file is saved from its bytes
      const fetchFirst = renamed || (!sameOrigin(doc, url) && !isFileApiUrl(ctx, url));
      if (fetchFirst && canSaveBytes) bytesDownload(win as { URL: typeof URL });
      else directDownload();
    },
    onCancel() {
      outcome.fail(new FPError(131));
    },
  });
  return {
    close() {
      outcome.close();
      dialog.close();
    },
  };
}
