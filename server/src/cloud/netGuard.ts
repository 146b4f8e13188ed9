/**
 * Connections to hosts a user typed (FTP servers, WebDAV URLs) without server-side request forgery: every address a
 * name resolves to, and every IP literal, must be public unicast unless the host is in `cloud.allowHosts`. FTP
 * connects to the address checked here (no second resolution); WebDAV's HTTP agents check each connection, also the
 * connections of redirects.
 */
import * as dns from 'dns';
import * as http from 'http';
import * as https from 'https';
import type { LookupAddress } from 'dns';
import * as tls from 'tls';
import * as ipaddr from 'ipaddr.js';
import { LookupFn, publicAddress } from '../security/fetchGuard';
import { CloudError } from './errors';

export interface NetPolicy {
  allowHosts: string[];
  lookup?: LookupFn;
  /** PEM certificates trusted for TLS (FTPS, WebDAV over https) besides Node's own roots, e.g. a company CA */
  extraCa?: string[];
}

/** The certificate authorities TLS connections trust: Node's roots plus the configured ones (undefined = Node's default). */
export function trustedCa(policy: NetPolicy): string[] | undefined {
  return policy.extraCa && policy.extraCa.length ? tls.rootCertificates.concat(policy.extraCa) : undefined;
}

const bare = (host: string): string => host.replace(/^\[|\]$/g, '').toLowerCase();

function refused(provider: string, host: string): CloudError {
  return new CloudError('refused', provider, `refused: ${JSON.stringify(host)} is a private, loopback or reserved address (the server allows only public hosts unless configured)`);
}

/** Every address of `host`, checked; resolves with the first. */
export function resolveChecked(provider: string, host: string, policy: NetPolicy): Promise<{ address: string; family: number }> {
  const h = bare(host);
  const allowed = policy.allowHosts.indexOf(h) >= 0;
  if (ipaddr.isValid(h)) {
    if (!allowed && !publicAddress(h)) return Promise.reject(refused(provider, host));
    return Promise.resolve({ address: h, family: ipaddr.IPv6.isValid(h) ? 6 : 4 });
  }
  if (!allowed && (h === 'localhost' || /\.localhost$/.test(h))) return Promise.reject(refused(provider, host));
  const lookup: LookupFn = policy.lookup || (dns.lookup as unknown as LookupFn);
  return new Promise((resolve, reject) => {
    lookup(h, { all: true }, (err, addresses) => {
      if (err) return reject(new CloudError('upstream', provider, `host ${JSON.stringify(host)} not found`));
      const list = (Array.isArray(addresses) ? addresses : [{ address: addresses, family: 4 }]) as LookupAddress[];
      if (!list.length) return reject(new CloudError('upstream', provider, `host ${JSON.stringify(host)} not found`));
      if (!allowed && list.some((a) => !publicAddress(a.address))) return reject(refused(provider, host));
      resolve({ address: list[0].address, family: list[0].family });
    });
  });
}

type Connect = (options: Record<string, unknown>, cb: (err: Error | null, socket?: unknown) => void) => unknown;

/** An HTTP(S) agent whose every connection goes only where `policy` allows (each redirect's too). */
export function guardedAgent(provider: string, secure: boolean, policy: NetPolicy): http.Agent {
  const agent = secure ? new https.Agent({ keepAlive: false, ca: trustedCa(policy) }) : new http.Agent({ keepAlive: false });
  const holder = agent as unknown as { createConnection: Connect };
  const original = holder.createConnection.bind(agent);
  holder.createConnection = (options, cb) => {
    const host = String(options.host || options.hostname || '');
    resolveChecked(provider, host, policy).then(
      (a) => {
        const servername = ipaddr.isValid(bare(host)) ? undefined : bare(host);
        const socket = original({ ...options, host: a.address, servername: options.servername || servername }, cb);
        if (socket) cb(null, socket);
      },
      (e: Error) => cb(e),
    );
    return undefined;
  };
  return agent;
}
