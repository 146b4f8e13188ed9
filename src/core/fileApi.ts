/**
 * Requests of the file API shared by the v2 REST functions (src/legacy/rest) and the upload engine (src/upload).
 * Pure: each builds the request; the caller sends it with its own transport.
 */

/** Request parameters in order; `undefined` and `null` values are left out when encoded. */
export type Params = [string, unknown][];

/** `k=v&…`, URI-encoded; `undefined` and `null` values are left out. */
export function formEncode(params: Params): string {
  const out: string[] = [];
  for (let i = 0; i < params.length; i++) {
    const v = params[i][1];
    if (v === undefined || v === null) continue;
    out.push(encodeURIComponent(params[i][0]) + '=' + encodeURIComponent(String(v)));
  }
  return out.join('&');
}

export interface FormPost {
  method: 'POST';
  url: string;
  headers: { [name: string]: string };
  body: string;
}

/**
 * The remove request of the file at `fileUrl` (`<fileApi>/<handle>`): `POST <fileUrl>/remove` with a form body of
 * `params` (v2 sent every option, `policy` and `signature` among them) followed by the API `key`.
 */
export function removeRequest(fileUrl: string, key: string, params: Params): FormPost {
  return {
    method: 'POST',
    url: fileUrl + '/remove',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: formEncode(params.concat([['key', key]])),
  };
}
