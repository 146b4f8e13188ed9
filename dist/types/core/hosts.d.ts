import { Hosts } from './contracts';
/** Production defaults: Filestack's hosts (upload API, file API, store API, CDN, processing; server/README.md describes the protocol). */
export declare const DEFAULT_HOSTS: Hosts;
/**
 * The hosts of a server that serves every API under one base URL, as the reference server (server/) does:
 * upload API at the base, file API at `/api/file`, store API at `/api/store`, CDN at `/cdn`, processing at `/process`,
 * custom sources at `/api/customsource`, the cloud API at `/cloud`.
 */
export declare function hostsFromBase(base: string): Hosts;
/** Merges overrides (holes dropped) over a base set of hosts. */
export declare function mergeHosts(base: Hosts, overrides?: Partial<Hosts> | null): Hosts;
