/** Redaction of request targets before they are logged: no policy, signature or storage credential reaches a log. */

const SECRET_QUERY = /([?&](?:policy|signature|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&#]*/gi;
const SECRET_SEGMENT = /(\/security=)[^/?#]*/gi;
/** a cloud link (`/cloud/file/<link>`) carries the sealed sign-in of a cloud source: a bearer credential */
const CLOUD_LINK = /(\/cloud\/file\/)[^/?#]*/gi;

/** `target` (a path with its query, or a whole URL) with the values of security fields replaced by `[redacted]`. */
export function redactUrl(target: string): string {
  return target.replace(SECRET_SEGMENT, '$1[redacted]').replace(CLOUD_LINK, '$1[redacted]').replace(SECRET_QUERY, '$1[redacted]');
}
