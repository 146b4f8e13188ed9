import { Member } from '../legacy/api';
export { startWidgets, buildWidgets } from './build';
/** The v2 members implemented by src/widgets and src/export, for `installLegacyApi(target, ctx, ext)`. */
export declare const widgetMembers: {
    [name: string]: Member;
};
