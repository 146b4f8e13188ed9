/**
 * `POST <cloudApi>/thumbnail` (the reference server's extension): a listed file's thumbnail as image bytes. Read with
 * `fetch` as a Blob (the engine's transports read text); the dialog decodes it and draws it on a canvas, so the page
 * needs no `img-src` for it. Only an image answer resolves. A refreshed sign-in (`X-Cloud-Token`) is kept.
 */
import { CloudRef } from '../../core/contracts';
import { NetworkError, PREFIX } from '../../core/errors';
import { checkRef } from './checks';
import { cloudBase, cloudBody, cloudError, CloudDeps } from './request';

type Fetch = (url: string, init: { method: string; headers: { [name: string]: string }; body: string; signal?: AbortSignal; credentials: 'omit' }) => Promise<Response>;

export function fetchThumbnail(deps: CloudDeps, file: CloudRef, signal?: AbortSignal): Promise<Blob> {
  try {
    checkRef(file && file.cloud, file && file.path, true);
  } catch (e) {
    return Promise.reject(e);
  }
  // an old engine without fetch has no thumbnails (the row keeps its icon)
  const f = (typeof fetch === 'function' ? fetch : undefined) as Fetch | undefined;
  const url = cloudBase(deps.hosts) + '/thumbnail';
  if (!f) return Promise.reject(new NetworkError(PREFIX + 'this browser cannot fetch thumbnails (no fetch)', { method: 'POST', url, status: 0 }));
  const clouds: { [cloud: string]: { path: string } } = {};
  clouds[file.cloud] = { path: file.path };
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: cloudBody(deps, clouds), signal, credentials: 'omit' as const };
  return f(url, init).then(function (res) {
    if (!res.ok) {
      return res.text().then(function (body) {
        throw cloudError(new NetworkError(PREFIX + 'HTTP ' + res.status, { method: 'POST', url, status: res.status, body }), file.cloud);
      });
    }
    // the provider's access token was refreshed: the new sign-in comes in a header, as the body is the image
    const token = res.headers.get('x-cloud-token');
    if (token) deps.session.token = token;
    const type = (res.headers.get('content-type') || '').toLowerCase();
    if (type.indexOf('image/') !== 0) throw new NetworkError(PREFIX + 'the ' + file.cloud + ' thumbnail is not an image (' + type.slice(0, 60) + ')', { method: 'POST', url, status: res.status, provider: file.cloud, reason: 'upstream' });
    return res.blob();
  });
}
