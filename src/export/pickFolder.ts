import { PickedFolder } from '../core/contracts';
import { translatePickerOptions } from '../options';
import { browserEnv } from '../legacy/browserEnv';
import { Outcome, pickErrorToFP, throwingValidation } from '../legacy/callbacks';
import { LegacyContext } from '../legacy/context';
import { FPError, handleError } from '../legacy/FPError';
import { shiftOptions } from '../legacy/shift';
import { CLOUDS } from '../picker/services';

/** What `onSuccess` gets: the chosen folder's data object, with `url` (see COMPATIBILITY.md). */
export interface FolderBlob {
  url: string;
  filename: string;
  mimetype: 'text/directory';
  client: string;
  path: string;
  folder: true;
}

const NO_CLOUD = 'pickFolder needs a cloud source, which this version does not provide';

/** The cloud sources among `sources` (upper-case v2 names), or every cloud when the page named none. */
export function folderSources(named: string[] | undefined): string[] {
  const list = named && named.length ? named : Object.keys(CLOUDS).filter((s) => s !== 'GDRIVE');
  return list.filter((s) => !!CLOUDS[String(s).toUpperCase()]).map((s) => String(s).toUpperCase());
}

/**
 * The folder's data object: `url` is the cloud API's link to the folder (its GET answers the folder's listing), or
 * its path in the cloud source when the cloud API gives no folder links (Filestack's).
 */
export function folderBlob(f: PickedFolder, link: string | null): FolderBlob {
  return { url: link || f.path, filename: f.name, mimetype: 'text/directory', client: f.client, path: f.path, folder: true };
}

function namedServices(options: unknown): string[] | undefined {
  const o = (options || {}) as { services?: unknown; service?: unknown };
  const v = o.services !== undefined ? o.services : o.service;
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : [v]).map((s) => String(s).toUpperCase());
}

/**
 * `pickFolder(options?, onSuccess?, onError?)`: after the key check and the usual argument shifting, opens the dialog
 * in folder mode: only the cloud sources among `services` (default: every cloud source the server offers), folders
 * only, and "Choose this folder". `onSuccess` gets the folder's data object ({@link folderBlob}, once the cloud API
 * has answered the folder's link); closing the dialog is
 * FPError 101; no cloud source among the services is FPError 102 (later, never inside the call). Returns `{close}`.
 */
export function pickFolder(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftOptions(args);
  const outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug));
  const named = namedServices(a.options);
  const sources = folderSources(named);
  if (!sources.length) {
    const why = NO_CLOUD + ': none of the services (' + (named || []).join(', ') + ') is a cloud source (' + Object.keys(CLOUDS).join(', ') + ')';
    // Decided on the next turn, so a close() right after the call still cancels the callback.
    setTimeout(() => outcome.fail(new FPError(102, why)), 0);
    return { close: () => outcome.close() };
  }
  const t = throwingValidation(() => translatePickerOptions(a.options, 'pick', browserEnv()));
  t.warnings.forEach((w) => ctx.warnOnce('option:' + w.option + ':' + w.message, w.message));
  const config = { ...t.config, sources, multiple: false, folderMode: true };
  if (config.openTo && sources.indexOf(config.openTo) < 0) config.openTo = undefined;
  const uploader = ctx.uploader(t.security, t.resume);
  const session = ctx.deps.dialog().open(config, t.store, uploader, {
    onDone: () => outcome.fail(new FPError(102, NO_CLOUD + ': the dialog ended without a folder')),
    onFolder: (f) => {
      const chosen = (link: string | null): void => {
        if (!link) ctx.warnOnce('pickFolder:nolink', 'pickFolder: the cloud API gave no link for the folder; `url` is the folder\'s path in its source');
        outcome.succeed(folderBlob(f, link));
      };
      uploader.cloud.folderLink(f.client, f.path).then(chosen, () => chosen(null));
    },
    onCancel: () => outcome.fail(new FPError(101)),
    onError: (err: Error) => outcome.fail(pickErrorToFP(err)),
  }, ctx.queue);
  return {
    close() {
      outcome.close();
      session.close();
    },
  };
}
