import { formatClock, lengthLimit, mediaFileName, mediaSettings, nextTickIn, parseResolution, photoGeometry, recordingClock } from './limits';
import { chooseRecorderType, extensionFor, fileType } from './formats';
import { problemOf } from './problems';
import { deviceOn, MediaEvent, MediaState, transition } from './machine';
import { translatePickerOptions } from '../../../options';
import { constructOptions } from '../../../widgets/attributes';
import { makeCtx } from '../../../widgets/__tests__/fakeApi';
import { planSources, unsupportedWarnings } from '../../services';
import { PickerConfig } from '../../../core/contracts';

describe('media settings from the picker options', () => {
  it('fills the defaults: 640x480, 3600 s, photo at the camera size', () => {
    expect(mediaSettings(translatePickerOptions({}, 'pick').config as PickerConfig)).toEqual({ photoDim: undefined, video: { width: 640, height: 480 }, videoLen: 3600, audioLen: 3600 });
  });

  it('takes webcam.{videoRes, videoLen, audioLen, webcamDim} and a top-level webcamDim', () => {
    const c = translatePickerOptions({ webcamDim: [1280, 720], webcam: { videoRes: '1280x720', videoLen: '120', audioLen: 5400 } }, 'pick').config as PickerConfig;
    expect(mediaSettings(c)).toEqual({ photoDim: [1280, 720], video: { width: 1280, height: 720 }, videoLen: 120, audioLen: 5400 });
  });

  it('widget attributes data-fp-webcam-dim, -video-recording-resolution, -video-length, -audio-length reach the panels', () => {
    const holder = document.createElement('div');
    const input = document.createElement('input');
    input.setAttribute('data-fp-webcam-dim', '320,240');
    input.setAttribute('data-fp-video-recording-resolution', '320x240');
    input.setAttribute('data-fp-video-length', '30');
    input.setAttribute('data-fp-audio-length', '20');
    input.setAttribute('data-fp-services', 'WEBCAM,VIDEO,AUDIO');
    holder.appendChild(input);
    const options = constructOptions(input, 'pick', makeCtx());
    const config = translatePickerOptions(options, 'pick').config as PickerConfig;
    expect(mediaSettings(config)).toEqual({ photoDim: [320, 240], video: { width: 320, height: 240 }, videoLen: 30, audioLen: 20 });
    expect(planSources(config).sources).toEqual(['WEBCAM', 'VIDEO', 'AUDIO']);
  });

  it('the dialog shows WEBCAM, VIDEO and AUDIO in the configured order, openTo works, no warning for them or their options', () => {
    const config = translatePickerOptions({ services: ['AUDIO', 'COMPUTER', 'WEBCAM', 'VIDEO', 'GENERIC'], openTo: 'VIDEO', webcam: { videoLen: 5 } }, 'pick').config as PickerConfig;
    const plan = planSources(config);
    expect(plan.sources).toEqual(['AUDIO', 'COMPUTER', 'WEBCAM', 'VIDEO']);
    expect(plan.first).toBe('VIDEO');
    expect(plan.unsupported).toEqual(['GENERIC']);
    expect(unsupportedWarnings(plan.unsupported).join('\n')).toMatch(/^filepicker: the dialog does not support GENERIC yet; left out \(available: COMPUTER, URL, WEBCAM, VIDEO, AUDIO[A-Z_, ]*\)\.$/);
  });

  it('parses resolutions and bounds lengths (an invalid value falls back to the default)', () => {
    expect(parseResolution('1280x720')).toEqual({ width: 1280, height: 720 });
    expect(parseResolution('huge')).toEqual({ width: 640, height: 480 });
    expect(parseResolution(undefined)).toEqual({ width: 640, height: 480 });
    expect([lengthLimit(undefined), lengthLimit(0), lengthLimit(NaN), lengthLimit(2.4), lengthLimit(9999)]).toEqual([3600, 3600, 3600, 2, 5400]);
  });
});

describe('recording clock', () => {
  it('counts elapsed and remaining whole seconds and says when the limit is reached', () => {
    expect(recordingClock(1000, 1000, 2)).toEqual({ elapsed: 0, remaining: 2, over: false });
    expect(recordingClock(1000, 1999, 2)).toEqual({ elapsed: 0, remaining: 2, over: false });
    expect(recordingClock(1000, 2000, 2)).toEqual({ elapsed: 1, remaining: 1, over: false });
    expect(recordingClock(1000, 2999, 2)).toEqual({ elapsed: 1, remaining: 1, over: false });
    expect(recordingClock(1000, 3000, 2)).toEqual({ elapsed: 2, remaining: 0, over: true });
    expect(recordingClock(1000, 9000, 2)).toEqual({ elapsed: 2, remaining: 0, over: true });
    expect(recordingClock(1000, 500, 2)).toEqual({ elapsed: 0, remaining: 2, over: false });
  });

  it('schedules the next tick at the next whole second, or at the limit', () => {
    expect(nextTickIn(0, 0, 10)).toBe(1000);
    expect(nextTickIn(0, 250, 10)).toBe(750);
    expect(nextTickIn(0, 1500, 1.7)).toBe(200);
    expect(nextTickIn(0, 5000, 5)).toBe(1);
  });

  it('formats m:ss and h:mm:ss', () => {
    expect([formatClock(0), formatClock(2), formatClock(75), formatClock(3600), formatClock(5400), formatClock(-3)]).toEqual(['0:00', '0:02', '1:15', '1:00:00', '1:30:00', '0:00']);
  });
});

describe('photo geometry', () => {
  it('gives exactly webcamDim when the frame holds it, cropping the frame to its aspect around the center', () => {
    expect(photoGeometry(640, 480, [640, 480])).toEqual({ width: 640, height: 480, sx: 0, sy: 0, sw: 640, sh: 480 });
    expect(photoGeometry(1280, 720, [640, 480])).toEqual({ width: 640, height: 480, sx: 160, sy: 0, sw: 960, sh: 720 });
    expect(photoGeometry(640, 480, [320, 180])).toEqual({ width: 320, height: 180, sx: 0, sy: 60, sw: 640, sh: 360 });
  });

  it('is limited by the camera: a larger webcamDim is scaled down, aspect kept; no webcamDim = the frame', () => {
    expect(photoGeometry(640, 480, [1280, 720])).toEqual({ width: 640, height: 360, sx: 0, sy: 60, sw: 640, sh: 360 });
    expect(photoGeometry(640, 480)).toEqual({ width: 640, height: 480, sx: 0, sy: 0, sw: 640, sh: 480 });
    expect(photoGeometry(0, 0, [640, 480]).width).toBe(0);
  });

  it('names files <source>-<ms>.<ext>', () => {
    expect(mediaFileName('webcam', 1706713501234, 'jpg')).toBe('webcam-1706713501234.jpg');
  });
});

describe('recording formats and problems', () => {
  it('asks for the first supported container, else lets the browser choose', () => {
    expect(chooseRecorderType('video', (t) => t === 'video/webm')).toBe('video/webm');
    expect(chooseRecorderType('audio', (t) => t.indexOf('audio/ogg') === 0)).toBe('audio/ogg;codecs=opus');
    expect(chooseRecorderType('video', () => false)).toBeUndefined();
    expect(chooseRecorderType('video', undefined)).toBeUndefined();
    expect(chooseRecorderType('video', () => {
      throw new Error('x');
    })).toBeUndefined();
  });

  it('derives the file type and extension', () => {
    expect(fileType('video/webm;codecs=vp8,opus', 'video')).toBe('video/webm');
    expect(fileType('', 'audio')).toBe('audio/webm');
    expect(fileType('<bad>', 'video')).toBe('video/webm');
    expect([extensionFor('video/webm'), extensionFor('audio/webm'), extensionFor('video/mp4'), extensionFor('audio/mp4'), extensionFor('audio/ogg'), extensionFor('video/x-matroska')]).toEqual(['webm', 'webm', 'mp4', 'm4a', 'ogg', 'mkv']);
  });

  it('maps getUserMedia failures onto messages', () => {
    const err = (name: string) => ({ name });
    expect(['NotAllowedError', 'SecurityError', 'PermissionDeniedError'].map((n) => problemOf(err(n)))).toEqual(['denied', 'denied', 'denied']);
    expect(['NotFoundError', 'OverconstrainedError', 'DevicesNotFoundError'].map((n) => problemOf(err(n)))).toEqual(['noDevice', 'noDevice', 'noDevice']);
    expect(problemOf(err('NotReadableError'))).toBe('busy');
    expect(problemOf(new TypeError('x'))).toBe('unsupported');
    expect([problemOf(undefined), problemOf('boom')]).toEqual(['failed', 'failed']);
  });
});

describe('state machine', () => {
  const run = (events: MediaEvent[], photo?: boolean): Array<MediaState | null> => {
    let s: MediaState = 'idle';
    const out: Array<MediaState | null> = [];
    for (const e of events) {
      const n = transition(s, e, photo);
      out.push(n);
      if (n) s = n;
    }
    return out;
  };

  it('recording: idle → starting → previewing → recording → saving → recorded → previewing / idle', () => {
    expect(run(['start', 'ready', 'record', 'stop', 'saved', 'retake', 'record', 'stop', 'saved', 'use'])).toEqual(['starting', 'previewing', 'recording', 'saving', 'recorded', 'previewing', 'recording', 'saving', 'recorded', 'idle']);
  });

  it('photo: previewing → saving → recorded', () => {
    expect(run(['start', 'ready', 'record', 'saved', 'use'], true)).toEqual(['starting', 'previewing', 'saving', 'recorded', 'idle']);
  });

  it('ignores events that mean nothing (double clicks, late callbacks)', () => {
    expect(run(['record', 'stop', 'use', 'start', 'start', 'saved', 'ready', 'ready'])).toEqual([null, null, null, 'starting', null, null, 'previewing', null]);
  });

  it('fail leads to error, from which start tries again; leave goes to idle from anywhere', () => {
    expect(run(['start', 'fail', 'record', 'start', 'ready', 'leave'])).toEqual(['starting', 'error', null, 'starting', 'previewing', 'idle']);
    for (const s of ['starting', 'previewing', 'recording', 'saving', 'recorded', 'error'] as MediaState[]) expect(transition(s, 'leave')).toBe('idle');
  });

  it('the device is off exactly in idle and error', () => {
    expect((['idle', 'starting', 'previewing', 'recording', 'saving', 'recorded', 'error'] as MediaState[]).map(deviceOn)).toEqual([false, true, true, true, true, true, false]);
  });
});
