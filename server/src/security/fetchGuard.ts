/**
 * Fetching a URL a caller named (store `url=`, write `url=`, `/process` sources) without server-side request forgery:
 * every address a host resolves to, and every IP literal, is checked with ipaddr.js before connecting, on the first
 * request and on each redirect (followed here, hop by hop). Private, loopback, link-local (cloud metadata), CGNAT,
 * unique-local IPv6 and other non-unicast ranges are refused unless the host is named in `allowHosts`.
 */
import * as http from 'http';
import * as https from 'https';
import * as dns from 'dns';
import type { LookupAddress, LookupOptions } from 'dns';
import { Readable } from 'stream';
import * as zlib from 'zlib';
import * as ipaddr from 'ipaddr.js';
import { badRequest } from '../http/errors';

/** `dns.lookup`'s shape (tests inject one so no name reaches real DNS). */
export type LookupFn = (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => void;

export interface FetchPolicy {
  /** Hosts (as written in URLs, lower case) fetched even when they resolve to private or loopback addresses. */
  allowHosts: string[];
  /** Name resolution; default `dns.lookup`. */
  lookup?: LookupFn;
}

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
  /** the URL finally answered (after redirects) */
  url: URL;
}

const MAX_REDIRECTS = 5;

/** Whether a resolved address may be connected to: only public unicast. */
export function publicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  // 'unicast' is ipaddr.js's name for everything outside its special ranges (private, loopback, linkLocal,
  // carrierGradeNat, uniqueLocal, reserved, multicast, unspecified, broadcast, 6to4/teredo …)
  return ip.range() === 'unicast';
}

function hostOf(u: URL): string {
  return u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** A lookup that fails unless every address of the name is public (or the name is allowed). */
function guardedLookup(field: string, policy: FetchPolicy, allowed: boolean): LookupFn {
  const base: LookupFn = policy.lookup || (dns.lookup as unknown as LookupFn);
  return (hostname, options, callback) => {
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = (Array.isArray(addresses) ? addresses : [{ address: addresses, family: ipaddr.IPv6.isValid(addresses) ? 6 : 4 }]) as LookupAddress[];
      if (!list.length) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '');
      if (!allowed && list.some((a) => !publicAddress(a.address))) return callback(Object.assign(badRequest(`${field}: refused: the host resolves to a private or reserved address`), { code: 'EFPREFUSED' }), '');
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Throws a 400 naming `field` when `u` may not be fetched before any connection is made (IP literals, schemes). */
export function checkTarget(field: string, u: URL, policy: FetchPolicy): boolean {
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw badRequest(`${field}: only http and https URLs can be fetched`);
  const host = hostOf(u);
  const allowed = policy.allowHosts.indexOf(host) >= 0;
  if (!allowed && (host === 'localhost' || /\.localhost$/.test(host))) throw badRequest(`${field}: refused: loopback host ${JSON.stringify(host)}`);
  if (!allowed && ipaddr.isValid(host) && !publicAddress(host)) throw badRequest(`${field}: refused: ${host} is a private or reserved address`);
  return allowed;
}

function requestOnce(field: string, u: URL, policy: FetchPolicy, signal: AbortSignal): Promise<http.IncomingMessage> {
  const allowed = checkTarget(field, u, policy);
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method: 'GET', agent: false, headers: { 'Accept-Encoding': 'gzip, deflate, br' }, lookup: guardedLookup(field, policy, allowed) as unknown as typeof dns.lookup, signal });
    req.on('response', resolve);
    req.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EFPREFUSED' ? e : badRequest(`${field}: could not be fetched`)));
    req.end();
  });
}

/** The body as the file's bytes: a `Content-Encoding` the server applied anyway (gzip, deflate, br) is undone. */
function decoded(res: http.IncomingMessage): { headers: http.IncomingHttpHeaders; body: Readable } {
  const enc = String(res.headers['content-encoding'] || '').trim().toLowerCase();
  const make = enc === 'gzip' || enc === 'x-gzip' ? zlib.createGunzip : enc === 'deflate' ? zlib.createInflate : enc === 'br' ? zlib.createBrotliDecompress : null;
  if (!make) return { headers: res.headers, body: res };
  const headers = { ...res.headers };
  delete headers['content-length'];
  delete headers['content-encoding'];
  const body = make();
  res.on('error', (e) => body.destroy(e));
  return { headers, body: res.pipe(body) };
}

/** GET `raw`, following at most 5 redirects, each target checked again. Errors are 400s naming `field`. */
export async function guardedFetch(field: string, raw: string, policy: FetchPolicy, timeoutMs: number): Promise<Fetched> {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw badRequest(`${field}: not a valid URL`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(field, u, policy, signal);
    const status = res.statusCode || 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw badRequest(`${field}: more than ${MAX_REDIRECTS} redirects`);
      try {
        u = new URL(location, u);
      } catch {
        throw badRequest(`${field}: redirected to a malformed URL`);
      }
      continue;
    }
    return { status, ...decoded(res), url: u };
  }
}
