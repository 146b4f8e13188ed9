import { ProgressTracker, EngineProgress } from './progress';
import { FakeEnv } from './__tests__/fakes';

describe('progress aggregation', () => {
  it('sums part high-water marks, never goes backwards, never counts a retried byte twice', async () => {
    const env = new FakeEnv();
    const events: EngineProgress[] = [];
    const t = new ProgressTracker(300, env, 0, (p) => events.push(p));
    t.update(1, 50, 100);
    t.update(2, 30, 100);
    t.update(1, 20, 100); // part 1 retried from zero: no change
    t.update(1, 60, 100); // only the 10 new bytes count
    expect(t.bytes).toBe(90);
    t.complete(1, 100);
    t.complete(2, 100);
    t.update(3, 100, 100);
    t.finish();
    const loaded = events.map((e) => e.loaded);
    expect(loaded).toEqual([50, 80, 90, 130, 200, 300]);
    for (let i = 1; i < loaded.length; i++) expect(loaded[i]).toBeGreaterThan(loaded[i - 1]);
    expect(events[events.length - 1]).toMatchObject({ loaded: 300, total: 300, part: 3, partLoaded: 100, partSize: 100 });
  });

  it('throttles to one event per interval through the injected timer and always ends at 100%', async () => {
    const env = new FakeEnv();
    const events: EngineProgress[] = [];
    const t = new ProgressTracker(1000, env, 16, (p) => events.push(p));
    for (let i = 1; i <= 100; i++) t.update(1, i * 5, 1000); // 100 updates in the same instant
    expect(events.map((e) => e.loaded)).toEqual([5]);
    expect(env.delays).toEqual([16]);
    await env.advance(16);
    expect(events.map((e) => e.loaded)).toEqual([5, 500]);
    t.update(1, 600, 1000);
    t.finish();
    expect(events.map((e) => e.loaded)).toEqual([5, 500, 1000]);
    expect(env.pendingTimers).toBe(0);
  });

  it('stop() clears the pending timer and emits nothing more', () => {
    const env = new FakeEnv();
    const events: EngineProgress[] = [];
    const t = new ProgressTracker(1000, env, 16, (p) => events.push(p));
    t.update(1, 1, 1000);
    t.update(1, 2, 1000);
    expect(env.pendingTimers).toBe(1);
    t.stop();
    t.finish();
    expect(env.pendingTimers).toBe(0);
    expect(events.map((e) => e.loaded)).toEqual([1]);
  });
});
