import { PickerConfig } from '../../../core/contracts';
import { MediaSourcePanel } from './panel';
import { fakeEnv } from './__tests__/fakeEnv';
import { TextBinder } from '../../i18n/binder';
import { Translator } from '../../i18n/translator';
import { Announcer } from '../../announcer';
import { mediaSettings } from './limits';
import { createMediaSource } from './index';
import { whenFrame } from './capture';

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(kind: 'photo' | 'video' | 'audio', f = fakeEnv()) {
  const binder = new TextBinder(new Translator());
  const announcer = new Announcer(document, () => 0, 0);
  const files: File[] = [];
  const clients: string[] = [];
  const panel = new MediaSourcePanel(kind, {
    doc: document, win: window, binder, announcer, env: f.env,
    settings: mediaSettings({ webcam: { audioLen: 3, videoLen: 3 } } as PickerConfig),
    onFile: (file, client) => {
      files.push(file);
      clients.push(client);
    },
  });
  const holder = document.createElement('div');
  holder.appendChild(panel.root);
  holder.appendChild(announcer.node);
  document.body.appendChild(holder);
  const shown = () => Array.prototype.filter.call(panel.root.querySelectorAll('button'), (b: HTMLButtonElement) => !b.hasAttribute('hidden')).map((b: HTMLButtonElement) => b.getAttribute('data-fp-action') + ':' + b.textContent);
  const click = (action: string) => (panel.root.querySelector('[data-fp-action=' + action + ']') as HTMLButtonElement).click();
  const status = () => (panel.root.querySelector('.fp-media-status') as HTMLElement).textContent;
  return { panel, f, files, clients, shown, click, status, live: () => announcer.node.textContent, cleanup: () => holder.remove() };
}

describe('media panel (jsdom, scripted media env)', () => {
  // jsdom has no media playback: the preview's play() is all we need of it
  beforeAll(() => {
    HTMLMediaElement.prototype.play = () => Promise.resolve();
  });

  it('AUDIO: buttons follow the state, the clock is shown, focus follows the action, the recording becomes audio-<ms>.webm', async () => {
    const t = setup('audio');
    expect(t.shown()).toEqual(['start:Turn on the microphone']);
    t.panel.activate();
    expect(t.shown()).toEqual([]);
    expect(t.status()).toBe('Waiting for the camera or microphone…');
    t.panel.focus();
    const stream = t.f.grant();
    await flush();
    expect(t.shown()).toEqual(['record:Start recording']);
    expect(document.activeElement!.getAttribute('data-fp-action')).toBe('record');
    expect(t.status()).toBe('Recordings can last up to 0:03.');
    t.click('record');
    expect(t.shown()).toEqual(['stop:Stop recording']);
    expect(document.activeElement!.getAttribute('data-fp-action')).toBe('stop');
    expect(t.live()).toBe('Recording started');
    expect(t.panel.root.getAttribute('class')).toContain('fp-media-recording');
    t.f.recorders[0].emit(42);
    t.f.advance(1000);
    expect(t.status()).toBe('0:01 recorded, 0:02 left');
    t.f.advance(2000);
    t.f.recorders[0].finish();
    expect(t.live()).toBe('Time limit reached: recording stopped after 0:03');
    expect(t.status()).toBe('Recording: 0:03, 42 B');
    expect(t.shown()).toEqual(['use:Use recording', 'retake:Retake']);
    expect(document.activeElement!.getAttribute('data-fp-action')).toBe('use');
    t.click('use');
    expect(t.files.length).toBe(1);
    expect(t.files[0].name).toMatch(/^audio-\d+\.webm$/);
    expect(t.files[0].type).toBe('audio/webm');
    expect(t.files[0].size).toBe(42);
    expect(t.clients).toEqual(['audio']);
    expect(stream.stopped).toEqual([1, 2]);
    expect(t.shown()).toEqual(['start:Turn on the microphone']);
    expect(t.panel.root.querySelectorAll('[style]').length).toBe(0);
    t.cleanup();
  });

  it('denied: the translated message and Try again; deactivate and destroy stop the device', async () => {
    const t = setup('video', fakeEnv({ deny: 'NotAllowedError' }));
    t.panel.activate();
    await flush();
    expect((t.panel.root.querySelector('.fp-media-problem') as HTMLElement).hasAttribute('hidden')).toBe(false);
    expect((t.panel.root.querySelector('.fp-media-stage') as HTMLElement).hasAttribute('hidden')).toBe(true);
    expect(t.live()).toBe('Access to the camera or microphone was denied. Allow it in the browser, then try again.');
    expect(t.shown()).toEqual(['retry:Try again']);
    t.cleanup();
    const u = setup('video');
    u.panel.activate();
    const s = u.f.grant();
    await flush();
    u.panel.deactivate();
    expect(s.stopped).toEqual([1, 2]);
    u.panel.activate();
    const s2 = u.f.grant();
    await flush();
    u.panel.destroy();
    expect(s2.stopped).toEqual([1, 2]);
    u.cleanup();
  });

  it('createMediaSource maps the v2 service names and refuses others', () => {
    const o = { doc: document, win: window, config: {} as PickerConfig, binder: new TextBinder(new Translator()), announcer: new Announcer(document), onFile: () => undefined, env: fakeEnv().env };
    expect(createMediaSource('WEBCAM', o).root.getAttribute('data-fp-media')).toBe('webcam');
    expect(createMediaSource('AUDIO', o).root.querySelectorAll('video').length).toBe(0);
    expect(() => createMediaSource('BOX', o)).toThrow(/^filepicker: `services`/);
  });

  it('Take photo pressed before the first frame: the capture waits for it, or gives up after the timeout', async () => {
    const f = fakeEnv();
    const v = new EventTarget() as EventTarget & { videoWidth: number; readyState: number };
    v.videoWidth = 0;
    v.readyState = 0;
    const p = whenFrame(v as unknown as HTMLVideoElement, 5000, f.env.setTimeout, f.env.clearTimeout);
    v.dispatchEvent(new Event('playing'));
    v.videoWidth = 640;
    v.readyState = 2;
    v.dispatchEvent(new Event('loadeddata'));
    await expect(p).resolves.toBeUndefined();
    expect(Object.keys(f.timers)).toEqual([]);
    v.videoWidth = 0;
    const q = whenFrame(v as unknown as HTMLVideoElement, 5000, f.env.setTimeout, f.env.clearTimeout);
    f.advance(5000);
    await expect(q).rejects.toThrow(/^filepicker: the camera gave no picture/);
  });
});
