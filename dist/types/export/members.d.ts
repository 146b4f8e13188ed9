/**
 * The v2 members implemented by src/export, for `installLegacyApi(target, ctx, ext)`: `pickFolder`, `processImage`
 * and `export` / `exportFile` (v2's checks now; the save dialog once the on-demand `export` chunk is in).
 */
import { LegacyMember } from '../legacy/context';
export declare const exportMembers: {
    [name: string]: LegacyMember;
};
