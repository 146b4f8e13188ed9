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

/** Answers `{error, provider, cause}`; anything that is no HttpError is the generic 500 of the server. */
export function sendCloudError(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (!(err instanceof HttpError) || res.headersSent) return sendError(req, res, err);
  if (err.headers) for (const k of Object.keys(err.headers)) res.setHeader(k, err.headers[k]);
  const body: Record<string, unknown> = { error: err.message };
  if (err instanceof CloudError) {
    if (err.provider) body.provider = err.provider;
    body.cause = err.kind;
  } else {
    body.cause = causeOfStatus(err.status);
  }
  if (!req.complete) res.setHeader('Connection', 'close');
  sendJson(res, err.status, body);
}
