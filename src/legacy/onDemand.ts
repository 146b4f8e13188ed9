/**
 * A part of the library that is loaded on first use (a webpack chunk, `chunks/<name>.js` next to the main script).
 * `onDemand(name, load)` gives `use(fn)`: `fn(module)` runs once the part is in (at once when it already is; calls
 * made while it loads run in call order). The public functions run v2's synchronous argument checks first, so
 * exceptions keep v2's timing; the work itself (and so every callback) happens later anyway. An exception thrown by
 * deferred work, or a part that cannot be loaded, is reported with console.error (as for async-loader calls).
 */
export type Use<T> = (fn: (mod: T) => void) => void;

function report(e: unknown): void {
  if (typeof console !== 'undefined' && console.error) console.error(e && (e as { toString?: unknown }).toString ? String(e) : e);
}

export function onDemand<T>(name: string, load: () => Promise<T>): Use<T> {
  let mod: T | undefined;
  let waiting: Array<(mod: T) => void> | undefined;
  return function use(fn) {
    if (mod) {
      fn(mod);
      return;
    }
    if (waiting) {
      waiting.push(fn);
      return;
    }
    waiting = [fn];
    load().then(
      function (m) {
        mod = m;
        const list = waiting || [];
        waiting = undefined;
        for (let i = 0; i < list.length; i++) {
          try {
            list[i](m);
          } catch (e) {
            report(e);
          }
        }
      },
      function (e) {
        waiting = undefined;
        report('filepicker: could not load the `' + name + '` part of the library (chunks/' + name + '.js next to the main script): ' + ((e && (e as Error).message) || e));
      },
    );
  };
}

/** The call's arguments as an array (kept until the part is loaded). */
export function argsOf(args: ArrayLike<unknown>): unknown[] {
  return Array.prototype.slice.call(args);
}
