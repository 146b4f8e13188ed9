import { MediaController, MediaSnapshot } from './controller';
import { fakeEnv } from './__tests__/fakeEnv';

const flush = () => new Promise((r) => setTimeout(r, 0));

function make(kind: 'photo' | 'video' | 'audio', f: ReturnType<typeof fakeEnv>, limit = 2, capture?: () => Promise<Blob>) {
  const seen: string[] = [];
  const snaps: MediaSnapshot[] = [];
  const c = new MediaController(f.env, {
    kind,
    constraints: { video: true, audio: kind !== 'photo' },
    fallback: kind === 'video' ? { video: true, audio: false } : undefined,
    limit,
    capture,
    onChange: (s, e) => {
      seen.push(e + '>' + s.state);
      snaps.push(s);
    },
  });
  return { c, seen, snaps, last: () => snaps[snaps.length - 1] };
}

describe('MediaController', () => {
  it('video: records, shows the clock each second, stops by itself at the limit, hands a webm over, turns the camera off', async () => {
    const f = fakeEnv();
    const m = make('video', f, 2);
    m.c.start();
    expect(m.c.snapshot.state).toBe('starting');
    const stream = f.grant();
    await flush();
    expect(m.c.snapshot.state).toBe('previewing');
    expect(m.c.snapshot.stream).toBe(stream);
    m.c.record();
    expect(f.recorders[0].mimeType).toBe('video/webm');
    expect(f.recorders[0].started).toBe(1);
    expect(m.last()).toMatchObject({ state: 'recording', elapsed: 0, remaining: 2 });
    f.recorders[0].emit(100);
    f.advance(1000);
    expect(m.last()).toMatchObject({ state: 'recording', elapsed: 1, remaining: 1 });
    f.advance(999);
    expect(m.c.snapshot.state).toBe('recording');
    f.advance(1);
    expect(m.last()).toMatchObject({ state: 'saving', elapsed: 2, remaining: 0, limitReached: true });
    expect(f.recorders[0].stops).toBe(1);
    f.recorders[0].emit(50);
    f.recorders[0].finish();
    expect(m.c.snapshot.state).toBe('recorded');
    expect(m.c.snapshot.result!.blob.size).toBe(150);
    expect(m.c.snapshot.result!.type).toBe('video/webm');
    expect(m.c.snapshot.result!.seconds).toBe(2);
    expect(stream.stopped).toEqual([]);
    const result = m.c.use();
    expect(result!.blob.size).toBe(150);
    expect(m.c.snapshot.state).toBe('idle');
    expect(stream.stopped).toEqual([1, 2]);
    expect(Object.keys(f.timers)).toEqual([]);
    expect(m.seen).toEqual(['start>starting', 'ready>previewing', 'record>recording', 'tick>recording', 'stop>saving', 'saved>recorded', 'use>idle']);
  });

  it('a manual stop keeps the real length; retake drops the result and keeps the camera on', async () => {
    const f = fakeEnv();
    const m = make('audio', f, 60);
    m.c.start();
    const stream = f.grant();
    await flush();
    m.c.record();
    f.advance(1500);
    m.c.stop();
    f.recorders[0].emit(10);
    f.recorders[0].finish();
    expect(m.c.snapshot.result!.seconds).toBe(1.5);
    expect(m.c.snapshot.result!.type).toBe('audio/webm');
    expect(m.c.snapshot.limitReached).toBe(false);
    m.c.retake();
    expect(m.c.snapshot).toMatchObject({ state: 'previewing', result: undefined, elapsed: 0, remaining: 60 });
    expect(stream.stopped).toEqual([]);
    m.c.record();
    expect(f.recorders.length).toBe(2);
  });

  it('leaving while recording stops the recorder and every track; late recorder data is ignored', async () => {
    const f = fakeEnv();
    const m = make('video', f, 10);
    m.c.start();
    const stream = f.grant();
    await flush();
    m.c.record();
    const r = f.recorders[0];
    m.c.leave();
    expect(stream.stopped).toEqual([1, 2]);
    expect(r.stops).toBe(1);
    expect(r.onstop).toBeNull();
    expect(m.c.snapshot).toMatchObject({ state: 'idle', stream: undefined });
    expect(Object.keys(f.timers)).toEqual([]);
  });

  it('a stream granted after the panel was left is stopped at once and changes nothing', async () => {
    const f = fakeEnv();
    const m = make('photo', f);
    m.c.start();
    m.c.leave();
    const late = f.grant();
    await flush();
    expect(late.stopped).toEqual([1, 2]);
    expect(m.c.snapshot.state).toBe('idle');
    m.c.start();
    const again = f.grant();
    await flush();
    expect(m.c.snapshot.state).toBe('previewing');
    m.c.destroy();
    expect(again.stopped).toEqual([1, 2]);
    m.c.start();
    expect(m.c.snapshot.state).toBe('idle');
  });

  it('photo: takes the still through capture(), retake, use', async () => {
    const f = fakeEnv();
    const jpeg = new Blob([new Uint8Array(5)], { type: 'image/jpeg' });
    const m = make('photo', f, 0, () => Promise.resolve(jpeg));
    m.c.start();
    const stream = f.grant();
    await flush();
    m.c.record();
    expect(m.c.snapshot.state).toBe('saving');
    await flush();
    expect(m.c.snapshot.state).toBe('recorded');
    expect(m.c.snapshot.result!.type).toBe('image/jpeg');
    expect(m.c.use()!.blob).toBe(jpeg);
    expect(stream.stopped).toEqual([1, 2]);
    expect(m.c.use()).toBeUndefined();
  });

  it('permission denied → error "denied", nothing left on; start tries again', async () => {
    const f = fakeEnv({ deny: 'NotAllowedError' });
    const m = make('photo', f);
    m.c.start();
    await flush();
    expect(m.c.snapshot).toMatchObject({ state: 'error', problem: 'denied' });
    m.c.start();
    await flush();
    expect(f.asked.length).toBe(2);
    expect(m.seen).toEqual(['start>starting', 'fail>error', 'start>starting', 'fail>error']);
  });

  it('no MediaRecorder: VIDEO and AUDIO fail as unsupported without asking for the camera; WEBCAM still works', async () => {
    const f = fakeEnv({ noRecorder: true });
    const v = make('video', f);
    v.c.start();
    expect(v.c.snapshot).toMatchObject({ state: 'error', problem: 'unsupported' });
    expect(f.asked.length).toBe(0);
    const p = make('photo', f);
    p.c.start();
    f.grant();
    await flush();
    expect(p.c.snapshot.state).toBe('previewing');
  });

  it('no getUserMedia at all: unsupported', () => {
    const f = fakeEnv();
    delete f.env.getUserMedia;
    const m = make('photo', f);
    m.c.start();
    expect(m.c.snapshot).toMatchObject({ state: 'error', problem: 'unsupported' });
  });

  it('VIDEO without a microphone tries again without audio', async () => {
    const f = fakeEnv({ firstFails: 'NotFoundError' });
    const m = make('video', f);
    m.c.start();
    await flush();
    expect(f.asked).toEqual([{ video: true, audio: true }, { video: true, audio: false }]);
    f.grant();
    await flush();
    expect(m.c.snapshot.state).toBe('previewing');
  });

  it('an empty recording is a failure, not an empty file', async () => {
    const f = fakeEnv();
    const m = make('audio', f, 5);
    m.c.start();
    f.grant();
    await flush();
    m.c.record();
    m.c.stop();
    f.recorders[0].finish();
    expect(m.c.snapshot).toMatchObject({ state: 'error', problem: 'failed' });
  });
});
