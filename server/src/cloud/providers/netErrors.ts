/** Socket-level failures (refused, reset, timed out, name not found) as the cloud API's errors. */
import { CloudError } from '../errors';

export function networkError(provider: string, e: unknown): CloudError {
  if (e instanceof CloudError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code || '';
  const msg = String((e as Error | undefined)?.message || '');
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || /timeout/i.test(msg)) return new CloudError('timeout', provider, 'the server did not answer in time');
  if (code === 'ECONNREFUSED') return new CloudError('upstream', provider, 'the server refused the connection (is it running?)');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CloudError('upstream', provider, 'the server\'s host name was not found');
  if (code === 'ECONNRESET' || code === 'EPIPE' || /closed/i.test(msg)) return new CloudError('upstream', provider, 'the server closed the connection');
  if (/certificate|SSL|TLS/i.test(msg) || /^ERR_TLS|^CERT_|SELF_SIGNED/.test(code)) return new CloudError('upstream', provider, 'the TLS connection failed (certificate not trusted or handshake refused)');
  return new CloudError('upstream', provider, 'the server could not be reached');
}
