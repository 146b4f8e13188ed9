/** The HTTP stack's abort signal (src/core/http/signal.ts), under the engine's path. */
export { Aborter, abortedTransportError } from '../core/http/signal';
