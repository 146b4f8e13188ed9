import { exportFile, pickFolder, processImage } from '../export';
import { Member } from '../legacy/api';
import { constructWidget } from './build';
import { makeDropPane } from './dropPane';
import { responsive, setResponsiveOptions } from './responsive';

export { startWidgets, buildWidgets } from './build';

/** The v2 members implemented by src/widgets and src/export, for `installLegacyApi(target, ctx, ext)`. */
export const widgetMembers: { [name: string]: Member } = {
  setResponsiveOptions: (ctx, args) => setResponsiveOptions(ctx, args),
  pickFolder: (ctx, args) => pickFolder(ctx, args),
  export: (ctx, args) => exportFile(ctx, args),
  exportFile: (ctx, args) => exportFile(ctx, args),
  processImage: (ctx, args) => processImage(ctx, args),
  constructWidget: (ctx, args) => constructWidget(ctx, args),
  makeDropPane: (ctx, args) => makeDropPane(ctx, args),
  responsive: (ctx, args) => responsive(ctx, args),
};
