/**
 * The v2 members implemented by src/export, for `installLegacyApi(target, ctx, ext)`: `pickFolder`, `processImage`
 * and `export` / `exportFile` (v2's checks now; the save dialog once the on-demand `export` chunk is in).
 */
import { LegacyContext, LegacyMember } from '../legacy/context';
import { argsOf, onDemand } from '../legacy/onDemand';
import { checkExport } from './checkExport';
import { pickFolder } from './pickFolder';
import { processImage } from './processImage';

const useExport = onDemand('export', () => import(/* webpackChunkName: "export" */ './exportFile'));

/** `export` / `exportFile`: v2's checks now; the save dialog once the export chunk is in. Returns `{close}` at once. */
function exportMember(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  checkExport(ctx, args);
  const copy = argsOf(args);
  let closed = false;
  let dialog: { close(): void } | undefined;
  useExport(function (m) {
    if (!closed) dialog = m.exportFile(ctx, copy);
  });
  return {
    close() {
      closed = true;
      if (dialog) dialog.close();
    },
  };
}

export const exportMembers: { [name: string]: LegacyMember } = {
  pickFolder: (ctx, args) => pickFolder(ctx, args),
  export: exportMember,
  exportFile: exportMember,
  processImage: (ctx, args) => processImage(ctx, args),
};
