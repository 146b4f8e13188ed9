/** The HTTP stack's body length (src/core/http), under the engine's old path. */
export { bodyLength } from '../core/http/signal';
