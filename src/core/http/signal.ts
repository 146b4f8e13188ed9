/** A tiny abort controller (ES5, no AbortController needed), with parent linking; and the transports' errors. */
import { AbortSignalLike } from './types';

export class Aborter implements AbortSignalLike {
  /** Whether abort() was called. */
  aborted = false;
  /** Listeners still waiting for the abort. */
  private listeners: Array<() => void> = [];

  onAbort(listener: () => void): () => void {
    if (this.aborted) {
      listener();
      return function () { /* already fired */ };
    }
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const ls = this.listeners;
    this.listeners = [];
    for (let i = 0; i < ls.length; i++) ls[i]();
  }

  /** A child that aborts with this one (and can also be aborted alone). `dispose` unlinks it. */
  child(): { aborter: Aborter; dispose: () => void } {
    const c = new Aborter();
    const off = this.onAbort(function () { c.abort(); });
    return { aborter: c, dispose: off };
  }
}

/** A transport failure: `name` is `TransportError`, `TimeoutError` or `AbortError` (see HttpTransport). */
export function transportFailure(name: 'TransportError' | 'TimeoutError' | 'AbortError', message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** The error transports reject with when a signal fired. */
export function abortedTransportError(): Error {
  return transportFailure('AbortError', 'request aborted');
}

/** The error transports reject with when `timeoutMs` passed. */
export function timeoutError(ms: number | undefined): Error {
  return transportFailure('TimeoutError', 'no answer within ' + ms + ' ms');
}

/** Bytes of a request body we can count without reading it (Blob, bytes); undefined for strings, forms and none. */
export function bodyLength(body: unknown): number | undefined {
  if (!body || typeof body === 'string') return undefined;
  const b = body as { size?: number; byteLength?: number };
  if (typeof b.size === 'number') return b.size;
  if (typeof b.byteLength === 'number') return b.byteLength;
  return undefined;
}
