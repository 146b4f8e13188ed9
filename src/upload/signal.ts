/** A tiny abort controller (ES5, no AbortController needed), with parent linking. */
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

/** The error transports reject with when a signal fired. */
export function abortedTransportError(): Error {
  const e = new Error('request aborted');
  e.name = 'AbortError';
  return e;
}
