import { LegacyContext } from './context';
/** A legacy member implemented elsewhere (REST functions, widgets): `(ctx, arguments) → v2 return value`. */
export type Member = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;
/** Members provided by the REST module (src/legacy/rest) and the widgets module (src/widgets). */
export interface Extensions {
    [name: string]: Member;
}
/**
 * Fills `target` (a fresh object, or a page's async-loader stub) with the v2 API, in v2's key order.
 * `ext` supplies the members this file does not implement.
 */
export declare function installLegacyApi(target: {
    [k: string]: unknown;
}, ctx: LegacyContext, ext: Extensions): void;
