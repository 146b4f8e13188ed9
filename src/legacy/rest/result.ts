import { Hosts } from '../../core/contracts';
import { toRestBlob, V2Blob } from '../blob';

/** The fields of the server's file JSON this library reads (each checked or passed on as given). */
interface ServerFile {
  url?: string;
  handle?: string;
  filename?: string;
  name?: string;
  mimetype?: string;
  type?: string;
  size?: number;
  key?: string;
  s3_key?: string;
  isWriteable?: boolean;
  writeable?: boolean;
}

/**
 * The REST Blob of a server answer (v2's `standardizeFPFile`): `filename || name`, `mimetype || type`,
 * `key || s3_key`, `isWriteable || writeable`. A missing `url` is built from the handle.
 */
export function fpFileFromJson(hosts: Hosts, answer: unknown): V2Blob {
  if (!answer || typeof answer !== 'object') throw new Error('expected a JSON object describing the file');
  const json = answer as ServerFile;
  const url = json.url || (json.handle ? hosts.fileApi + '/' + json.handle : undefined);
  if (!url) throw new Error('the answer has no url or handle');
  return toRestBlob({
    handle: json.handle as string,
    url: url,
    // a field the answer lacks stays undefined on the Blob, as in v2
    filename: (json.filename || json.name) as string,
    mimetype: (json.mimetype || json.type) as string,
    size: json.size as number,
    key: json.key || json.s3_key,
    isWriteable: json.isWriteable,
    writeable: json.writeable,
  });
}

/** `stat`'s answer, with `uploaded`, `modified` and `created` as `Date` objects (v2). */
export function metadataFromJson(answer: unknown): { [key: string]: unknown } {
  if (!answer || typeof answer !== 'object') throw new Error('expected a JSON object of metadata');
  const json = answer as { [key: string]: unknown };
  const names = ['uploaded', 'modified', 'created'];
  for (let i = 0; i < names.length; i++) {
    const v = json[names[i]];
    if (typeof v === 'string' || typeof v === 'number') json[names[i]] = new Date(v);
  }
  return json;
}
