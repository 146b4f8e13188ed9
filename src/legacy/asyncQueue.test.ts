import { replayQueue } from './asyncQueue';

test('replays queued calls in order with their arguments, then removes _queue', () => {
  const calls: unknown[][] = [];
  const target: { [k: string]: unknown } = {
    _queue: [['setKey', ['K']], ['pick', [{ a: 1 }, 'x']]],
    setKey: (...a: unknown[]) => calls.push(['setKey', ...a]),
    pick: (...a: unknown[]) => calls.push(['pick', ...a]),
  };
  replayQueue(target);
  expect(calls).toEqual([['setKey', 'K'], ['pick', { a: 1 }, 'x']]);
  expect('_queue' in target).toBe(false);
});

test('a throwing call is reported and the rest still run (v2 stopped: G23)', () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const calls: string[] = [];
  const target: { [k: string]: unknown } = {
    _queue: [['boom', []], ['nope', []], ['ok', []]],
    boom: () => { throw new Error('bad'); },
    ok: () => calls.push('ok'),
  };
  replayQueue(target);
  expect(calls).toEqual(['ok']);
  expect(spy).toHaveBeenCalledTimes(2);
  expect('_queue' in target).toBe(false);
  spy.mockRestore();
});

test('arguments objects are replayed like arrays', () => {
  const got: unknown[] = [];
  function rec(this: unknown, ...a: unknown[]) { got.push(a); }
  const args = (function (..._x: unknown[]) { return arguments; })(1, 2);
  replayQueue({ _queue: [['f', args]], f: rec });
  expect(got).toEqual([[1, 2]]);
});
