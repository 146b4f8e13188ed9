/** Filestack security: a base64url JSON policy and its HMAC-SHA256 hex signature, checked against what a call does. */
import { createHmac, timingSafeEqual } from 'crypto';
import type { AppConfig } from '../config';
import { badRequest, forbidden } from '../http/errors';
import type { Fields } from '../http/body';

export type Call = 'pick' | 'read' | 'stat' | 'write' | 'writeUrl' | 'store' | 'convert' | 'remove';

export interface Policy {
  expiry?: number;
  call?: string | string[];
  handle?: string;
  path?: string;
  container?: string;
  maxSize?: number;
  minSize?: number;
}

export interface Need {
  /** any one of these calls is enough */
  calls: Call[];
  handle?: string;
  key?: string;
  container?: string;
  size?: number;
}

export function sign(policy: string, secret: string): string {
  return createHmac('sha256', secret).update(policy).digest('hex');
}

/** base64url (or base64) JSON of a policy object. */
export function encodePolicy(p: Policy): string {
  return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decode(policy: string): Policy {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(policy.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
  } catch {
    throw forbidden('policy: not the base64url of a JSON object');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw forbidden('policy: not the base64url of a JSON object');
  return v as Policy;
}

/** `pattern` treated as a regular expression that must match `value` from its start (as Filestack does for `path`). */
function matchesFromStart(field: string, pattern: string, value: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp('^(?:' + pattern + ')');
  } catch {
    throw forbidden(`policy: \`${field}\` is not a valid regular expression`);
  }
  return re.test(value);
}

/** Throws a 403 unless the app has no secret or the policy and signature allow this call. */
export function checkSecurity(app: AppConfig, fields: Fields, need: Need, now = Date.now()): void {
  if (!app.secret) return;
  const policy = fields.policy;
  const signature = fields.signature;
  if (typeof policy !== 'string' || !policy) throw forbidden('policy: required (this app has security enabled)');
  if (typeof signature !== 'string' || !signature) throw forbidden('signature: required (this app has security enabled)');
  const expected = Buffer.from(sign(policy, app.secret), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw forbidden('signature: does not match the policy');
  const p = decode(policy);
  if (typeof p.expiry !== 'number' || !isFinite(p.expiry)) throw forbidden('policy: `expiry` (unix seconds) is required');
  if (p.expiry * 1000 < now) throw forbidden('policy: expired');
  if (p.call !== undefined) {
    const calls = Array.isArray(p.call) ? p.call : [p.call];
    if (!need.calls.some((c) => calls.indexOf(c) >= 0)) throw forbidden(`policy: \`call\` does not allow ${need.calls.map((c) => '"' + c + '"').join(' or ')}`);
  }
  if (p.handle !== undefined && need.handle !== undefined && p.handle !== need.handle) throw forbidden('policy: `handle` does not allow this file');
  if (p.path !== undefined && need.key !== undefined && !matchesFromStart('path', String(p.path), need.key)) throw forbidden('policy: `path` does not allow this key');
  if (p.container !== undefined && need.container !== undefined && !matchesFromStart('container', String(p.container), need.container)) {
    throw forbidden('policy: `container` does not allow this container');
  }
  if (need.size !== undefined) {
    if (typeof p.maxSize === 'number' && need.size > p.maxSize) throw forbidden(`policy: size ${need.size} is above \`maxSize\` ${p.maxSize}`);
    if (typeof p.minSize === 'number' && need.size < p.minSize) throw forbidden(`policy: size ${need.size} is below \`minSize\` ${p.minSize}`);
  }
}

export function findApp(apps: AppConfig[], apikey: unknown): AppConfig {
  if (apikey === undefined || apikey === null || apikey === '') throw forbidden('apikey: required');
  if (typeof apikey !== 'string') throw badRequest(`apikey: expected a string, got ${Array.isArray(apikey) ? 'an array' : typeof apikey}`);
  for (const a of apps) if (a.apikey === apikey) return a;
  throw forbidden('apikey: unknown API key');
}
