import { Hosts } from '../core/contracts';
/**
 * The file handle in a file URL: `<fileApi>/<handle>`, `<cdn>/[tasks/]<handle>`, any `…/api/file/<handle>`
 * (v2 and Filestack file URLs), or a Filestack/filepicker CDN URL whose last segment is the handle. Null otherwise.
 */
export declare function handleOf(url: string, hosts: Hosts): string | null;
