/**
 * The v2 async-loader stub: a page may define `window.filepicker = {_queue: [], pick: function () { _queue.push(['pick', arguments]) }, …}`
 * before the library arrives. The library fills that same object and replays the queued calls in order, as v2's
 * own loader did (COMPATIBILITY.md G23).
 * Unlike v2, a queued call that throws does not stop the replay of the others: the error is reported (console.error)
 * and the rest run; `_queue` is always removed.
 */
export function replayQueue(target: object): void {
  const api = target as { [k: string]: unknown };
  const queue = api._queue as ArrayLike<[string, ArrayLike<unknown> | undefined] | undefined> | undefined;
  delete api._queue;
  if (!queue || typeof queue.length !== 'number') return;
  for (let i = 0; i < queue.length; i++) {
    const entry = queue[i];
    if (!entry) continue;
    const name = entry[0];
    const args = entry[1] || [];
    const fn = api[name];
    try {
      if (typeof fn !== 'function') throw new Error('filepicker: queued call to unknown method `' + name + '`');
      fn.apply(target, Array.prototype.slice.call(args));
    } catch (e) {
      if (typeof console !== 'undefined' && console.error) console.error(e && (e as { toString?: unknown }).toString ? String(e) : e);
    }
  }
}
