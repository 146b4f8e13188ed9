import { Hosts } from './contracts';

/** Production defaults: Filestack's hosts (upload API, file API, store API, CDN, processing; server/README.md describes the protocol). */
export const DEFAULT_HOSTS: Hosts = {
  uploadApi: 'https://upload.filestackapi.com',
  fileApi: 'https://www.filestackapi.com/api/file',
  storeApi: 'https://www.filestackapi.com/api/store',
  cdn: 'https://cdn.filestackcontent.com',
  process: 'https://process.filestackapi.com',
  cloudApi: 'https://cloud.filestackapi.com',
};

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}

/**
 * The hosts of a server that serves every API under one base URL, as the reference server (server/) does:
 * upload API at the base, file API at `/api/file`, store API at `/api/store`, CDN at `/cdn`, processing at `/process`,
 * custom sources at `/api/customsource`, the cloud API at `/cloud`.
 */
export function hostsFromBase(base: string): Hosts {
  const b = trimSlash(base);
  return { uploadApi: b, fileApi: b + '/api/file', storeApi: b + '/api/store', cdn: b + '/cdn', process: b + '/process', customSourceApi: b + '/api/customsource', cloudApi: b + '/cloud' };
}

/** Merges overrides (holes dropped) over a base set of hosts. */
export function mergeHosts(base: Hosts, overrides?: Partial<Hosts> | null): Hosts {
  const out: Hosts = { ...base };
  if (overrides) {
    (Object.keys(overrides) as (keyof Hosts)[]).forEach((k) => {
      const v = overrides[k];
      if (typeof v === 'string' && v) out[k] = trimSlash(v);
    });
  }
  return out;
}
