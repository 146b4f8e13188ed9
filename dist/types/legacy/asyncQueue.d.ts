/**
 * The v2 async-loader stub: a page may define `window.filepicker = {_queue: [], pick: function () { _queue.push(['pick', arguments]) }, …}`
 * before the library arrives. The library fills that same object and replays the queued calls in order, as v2's
 * own loader did (COMPATIBILITY.md G23).
 * Unlike v2, a queued call that throws does not stop the replay of the others: the error is reported (console.error)
 * and the rest run; `_queue` is always removed.
 */
export declare function replayQueue(target: object): void;
