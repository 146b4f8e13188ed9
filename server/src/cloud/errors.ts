/** Errors of the cloud API: an HTTP status, a message naming the provider and the cause, and a cause code (PROTOCOL.md). */
import type { IncomingMessage, ServerResponse } from 'http';
import { HttpError } from '../http/errors';
import { sendError, sendJson } from '../http/respond';

export type Cause = 'badrequest' | 'refused' | 'unavailable' | 'signin' | 'forbidden' | 'notfound' | 'toolarge' | 'ratelimit' | 'upstream' | 'timeout';

const STATUS: Record<Cause, number> = {
  badrequest: 400,
  refused: 400,
  unavailable: 400,
  signin: 401,
  forbidden: 403,
  notfound: 404,
  toolarge: 413,
  ratelimit: 429,
  upstream: 502,
  timeout: 504,
};

export class CloudError extends HttpError {
  readonly provider?: string;
  readonly kind: Cause;
  /** A 413 `toolarge` of a file: the limit it is above and, when known, its size (bytes), answered as `maxSize` and `size`. */
  limit?: { maxSize: number; size?: number };
  constructor(cause: Cause, provider: string | undefined, message: string, headers?: Record<string, string>) {
    super(STATUS[cause], provider ? `${provider}: ${message}` : message, headers);
    this.name = 'CloudError';
    this.provider = provider;
    this.kind = cause;
  }
}

export const cloudError = (cause: Cause, provider: string | undefined, message: string): CloudError => new CloudError(cause, provider, message);

/** The cause code of an error of the rest of the server (policy checks, field validation). */
function causeOfStatus(status: number): Cause {
  if (status === 401) return 'signin';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notfound';
  if (status === 413) return 'toolarge';
  if (status === 429) return 'ratelimit';
  if (status >= 500) return 'upstream';
  return 'badrequest';
}

/** Answers `{error, provider, cause}` (and a file's `size` and `maxSize` for a 413 `toolarge` that knows them); anything that is no HttpError is the generic 500 of the server. */
export function sendCloudError(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (!(err instanceof HttpError) || res.headersSent) return sendError(req, res, err);
  if (err.headers) for (const k of Object.keys(err.headers)) res.setHeader(k, err.headers[k]);
  const body: Record<string, unknown> = { error: err.message };
  if (err instanceof CloudError) {
    if (err.provider) body.provider = err.provider;
    body.cause = err.kind;
    if (err.limit) {
      if (err.limit.size !== undefined) body.size = err.limit.size;
      body.maxSize = err.limit.maxSize;
    }
  } else {
    body.cause = causeOfStatus(err.status);
  }
  if (!req.complete) res.setHeader('Connection', 'close');
  sendJson(res, err.status, body);
}
