import { later } from '../callbacks';
import { LegacyContext } from '../context';
import { isFunction } from '../shift';
import { logoutUrl } from './requestUrl';
import { HttpResponse, HttpTransport } from '../../core/http/types';

/** v2's names for a failed request (src/server/ajax.js), which `logout`'s `onError` receives first. */
function failureName(status: number, body: string): string {
  if (status === 400) return 'bad_params';
  if (status === 403) return 'not_authorized';
  if (status === 404) return 'not_found';
  if (status === 0) return 'CORS_not_allowed';
  return body || 'error';
}

/** Ends the page's sign-ins to the dialog's cloud sources (`POST <cloudApi>/auth/logout`), when there are any. */
function endCloudSessions(ctx: LegacyContext): void {
  if (!ctx.cloud.token || !ctx.getKey()) return;
  const forget = function () {
    ctx.cloud.token = undefined;
  };
  ctx.uploader({}).cloud.logout().then(forget, forget);
}

/**
 * `logout({onSuccess?, onError?}?)`: ends the user's sessions with cloud sources (`GET <api>/clients/unauth`, with
 * credentials, as v2; and the cloud API's `/auth/logout` for the sign-ins made in this page's dialogs). Needs no key.
 * As in v2, `onSuccess(responseText)` and `onError(reason, status)` get the raw outcome of the first, not an FPError
 * (v2 had no error code for logout).
 */
export function logout(ctx: LegacyContext, transport: HttpTransport, args: ArrayLike<unknown>): void {
  const options = (args[0] && typeof args[0] === 'object' ? args[0] : {}) as { onSuccess?: unknown; onError?: unknown };
  const onSuccess = isFunction(options.onSuccess) ? options.onSuccess : undefined;
  const onError = isFunction(options.onError) ? options.onError : undefined;
  const answered = function (status: number, text: string) {
    if (status >= 200 && status < 300) {
      later(onSuccess, text);
      return;
    }
    if (onError) {
      setTimeout(function () {
        onError(failureName(status, text), status);
      }, 0);
    }
  };
  endCloudSessions(ctx);
  transport.request({ method: 'GET', url: logoutUrl(ctx.hosts), withCredentials: true }).then(
    function (res: HttpResponse) { answered(res.status, res.text); },
    function () { answered(0, ''); },
  );
}
