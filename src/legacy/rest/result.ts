import { Hosts } from '../../core/contracts';
import { toRestBlob, V2Blob } from '../blob';

/**
 * The REST Blob of a server answer (v2's `standardizeFPFile`): `filename || name`, `mimetype || type`,
 * `key || s3_key`, `isWriteable || writeable`. A missing `url` is built from the handle.
 */
export function fpFileFromJson(hosts: Hosts, json: any): V2Blob {
  if (!json || typeof json !== 'object') throw new Error('expected a JSON object describing the file');
  const url = json.url || (json.handle ? hosts.fileApi + '/' + json.handle : undefined);
  if (!url) throw new Error('the answer has no url or handle');
  return toRestBlob({
    handle: json.handle,
    url: url,
    filename: json.filename || json.name,
    mimetype: json.mimetype || json.type,
    size: json.size,
    key: json.key || json.s3_key,
    isWriteable: json.isWriteable,
    writeable: json.writeable,
  });
}

/** `stat`'s answer, with `uploaded`, `modified` and `created` as `Date` objects (v2). */
export function metadataFromJson(json: any): { [key: string]: unknown } {
  if (!json || typeof json !== 'object') throw new Error('expected a JSON object of metadata');
  const names = ['uploaded', 'modified', 'created'];
  for (let i = 0; i < names.length; i++) {
    const v = json[names[i]];
    if (v) json[names[i]] = new Date(v);
  }
  return json;
}
