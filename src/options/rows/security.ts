import { PREFIX, ValidationError } from '../../core/errors';
import { isArray, trim } from '../coerce';
import { Row } from '../draft';
import { V2SecurityOptions } from '../types';

/** A policy or signature: a non-empty string. The message names the type only: secrets never reach a message. */
export function toSecret(name: string, value: unknown): string {
  if (typeof value === 'string' && trim(value)) return trim(value);
  const kind = typeof value === 'string' ? 'an empty string' : 'a value of type ' + (isArray(value) ? 'array' : typeof value);
  throw new ValidationError(name, PREFIX + '`' + name + '` must be a non-empty string, got ' + kind);
}

/** Policy and signature: passed through, never logged. */
export const SECURITY_ROWS: { [K in keyof Required<V2SecurityOptions>]: Row } = {
  policy: { apply: (v, d, n) => (d.security.policy = toSecret(n, v)) },
  signature: { apply: (v, d, n) => (d.security.signature = toSecret(n, v)) },
};
