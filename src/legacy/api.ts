import { V2_SERVICES } from '../options';
import { base64 } from './base64';
import { LegacyContext } from './context';
import { FilepickerException } from './FilepickerException';
import { FPError, handleError } from './FPError';
import { ORDER } from './members';
import { pick, pickAndStore, pickMultiple } from './pick';
import { errorText } from '../core/describe';

/** A legacy member implemented elsewhere (REST functions, widgets): `(ctx, arguments) → v2 return value`. */
export type Member = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;

/** Members provided by the REST module (src/legacy/rest) and the widgets module (src/widgets). */
export interface Extensions {
  [name: string]: Member;
}

/**
 * The public function of `member`. Its one synchronous channel is FilepickerException (v2's): any other exception
 * from inside (a value that cannot become text, a built-in refusing an argument) arrives as a FilepickerException
 * whose text names the function and says what went wrong, instead of a bare TypeError or URIError.
 */
function guarded(name: string, member: Member, ctx: LegacyContext): () => unknown {
  return function () {
    try {
      return member(ctx, arguments);
    } catch (e) {
      if (e instanceof FilepickerException) throw e;
      throw new FilepickerException('filepicker: `' + name + '` cannot use its arguments: ' + errorText(e));
    }
  };
}

/**
 * Fills `target` (a fresh object, or a page's async-loader stub) with the v2 API, in v2's key order.
 * `ext` supplies the members this file does not implement.
 */
export function installLegacyApi(target: { [k: string]: unknown }, ctx: LegacyContext, ext: Extensions): void {
  const own: Extensions = {
    pick: (c, a) => pick(c, a),
    pickMultiple: (c, a) => pickMultiple(c, a),
    pickAndStore: (c, a) => pickAndStore(c, a),
  };
  ctx.debug = () => !!target.debug;
  ctx.useMembers(ext);
  ctx.useMembers(own);
  ctx.usePublicObject(target);
  for (let i = 0; i < ORDER.length; i++) {
    const name = ORDER[i];
    switch (name) {
      case 'errors':
        target.errors = { FPError, handleError: handleError(ctx.debug) };
        break;
      case 'setKey':
        target.setKey = function () { ctx.setKey(arguments[0]); };
        break;
      case 'FilepickerException':
        target.FilepickerException = FilepickerException;
        break;
      case 'version':
        target.version = __VERSION__;
        break;
      case 'services':
        target.services = { ...V2_SERVICES };
        break;
      case 'base64':
        target.base64 = base64;
        break;
      default: {
        const member = own[name] || ext[name];
        if (!member) throw new Error('filepicker: internal error, no implementation for `' + name + '`');
        target[name] = guarded(name, member, ctx);
      }
    }
  }
}
