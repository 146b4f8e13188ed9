/** The platform's timers, clock and network state (`navigator.onLine`, the `online` event), as retries need them. */
import { RetryEnvironment } from './types';

/** A window or worker scope, as far as the `online` event goes. */
declare const self: { addEventListener?(type: string, h: () => void): void; removeEventListener(type: string, h: () => void): void } | undefined;
declare const navigator: { onLine?: boolean } | undefined;

export function platformEnvironment(): RetryEnvironment {
  const g = typeof self !== 'undefined' ? self : undefined;
  const env: RetryEnvironment = {
    setTimeout(fn, ms) { return setTimeout(fn, ms); },
    clearTimeout(h) { clearTimeout(h as ReturnType<typeof setTimeout>); },
    now() { return new Date().getTime(); },
    random() { return Math.random(); },
    isOnline() {
      return !(typeof navigator !== 'undefined' && navigator && navigator.onLine === false);
    },
    onOnline(listener) {
      if (!g || typeof g.addEventListener !== 'function') {
        // No event to wait for: poll the flag.
        const t = setInterval(function () { if (env.isOnline()) { clearInterval(t); listener(); } }, 1000);
        return function () { clearInterval(t); };
      }
      const h = function () { g.removeEventListener('online', h); listener(); };
      g.addEventListener('online', h);
      return function () { g.removeEventListener('online', h); };
    },
  };
  return env;
}
