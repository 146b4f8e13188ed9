import { MediaEnv, RecorderLike, StreamLike } from '../env';

/** A scripted media environment: a manual clock and timers, streams whose tracks record stop(), a recorder we drive. */
export function fakeEnv(opts: { deny?: string; noRecorder?: boolean; firstFails?: string } = {}) {
  let now = 0;
  let nextId = 1;
  const timers: { [id: number]: { at: number; fn: () => void } } = {};
  const streams: Array<StreamLike & { stopped: number[] }> = [];
  const recorders: Array<RecorderLike & { started: number; stops: number; emit(bytes: number): void; finish(): void }> = [];
  const asked: MediaStreamConstraints[] = [];
  const pending: Array<{ resolve: (s: StreamLike) => void; reject: (e: unknown) => void }> = [];
  const env: MediaEnv = {
    now: () => now,
    setTimeout(fn, ms) {
      timers[nextId] = { at: now + ms, fn };
      return nextId++;
    },
    clearTimeout(id) {
      delete timers[id];
    },
    getUserMedia(c) {
      asked.push(c);
      if (opts.deny) return Promise.reject({ name: opts.deny });
      if (opts.firstFails && asked.length === 1) return Promise.reject({ name: opts.firstFails });
      return new Promise<StreamLike>((resolve, reject) => pending.push({ resolve, reject }));
    },
  };
  if (!opts.noRecorder) {
    env.isTypeSupported = (t) => t === 'video/webm' || t === 'audio/webm';
    env.createRecorder = (_stream, mimeType) => {
      const r = {
        mimeType: mimeType || '',
        started: 0,
        stops: 0,
        ondataavailable: null as RecorderLike['ondataavailable'],
        onstop: null as RecorderLike['onstop'],
        onerror: null as RecorderLike['onerror'],
        start() {
          r.started++;
        },
        stop() {
          r.stops++;
        },
        emit(bytes: number) {
          if (r.ondataavailable) r.ondataavailable({ data: new Blob([new Uint8Array(bytes)]) });
        },
        finish() {
          if (r.onstop) r.onstop();
        },
      };
      recorders.push(r);
      return r;
    };
  }
  function grant(): StreamLike & { stopped: number[] } {
    const stopped: number[] = [];
    const s = { stopped, getTracks: () => [{ stop: () => stopped.push(1) }, { stop: () => stopped.push(2) }] };
    streams.push(s);
    pending.shift()!.resolve(s);
    return s;
  }
  /** Moves the clock, firing due timers in order. */
  function advance(ms: number): void {
    const end = now + ms;
    for (;;) {
      let id = 0;
      for (const k in timers) if (timers[k].at <= end && (!id || timers[k].at < timers[id].at)) id = Number(k);
      if (!id) break;
      now = Math.max(now, timers[id].at);
      const fn = timers[id].fn;
      delete timers[id];
      fn();
    }
    now = end;
  }
  return { env, grant, advance, streams, recorders, asked, timers };
}

export type FakeEnv = ReturnType<typeof fakeEnv>;
