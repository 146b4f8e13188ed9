import { createRow, updateRow } from './fileRow';
import { TextBinder } from './i18n/binder';
import { Translator } from './i18n/translator';
import { Entry, totals } from './state';

const binder = new TextBinder(new Translator());

function image(over: Partial<Entry> = {}): Entry {
  return { id: 1, client: 'computer', name: 'photo.png', type: 'image/png', size: 2048, status: 'uploading', loaded: 512, total: 2048, editable: true, ...over };
}

describe('the Edit button of a row', () => {
  test('in multiple mode it is offered while the image is not final', () => {
    const entry = image();
    const row = createRow(document, binder, entry, true);
    expect(row.edit!.hidden).toBe(false);
    updateRow(binder, row, { ...entry, status: 'done' }, true);
    expect(row.edit!.hidden).toBe(false);
    updateRow(binder, row, { ...entry, status: 'failed', refused: { key: 'uploadRefused', vars: {} } }, true);
    expect(row.edit!.hidden).toBe(true);
  });

  test('in a single pick it never shows while the upload runs or ends (the dialog closes by itself), only after a failure', () => {
    const entry = image({ status: 'waiting' });
    const row = createRow(document, binder, entry, false);
    for (const status of ['waiting', 'uploading', 'retrying', 'done'] as Entry['status'][]) {
      updateRow(binder, row, { ...entry, status }, false);
      expect([status, row.edit!.hidden]).toEqual([status, true]);
    }
    updateRow(binder, row, { ...entry, status: 'failed', error: 'offline' }, false);
    expect(row.edit!.hidden).toBe(false);
  });
});

describe('the × of a row', () => {
  test('in a single pick it cancels until the file is stored, like a pickMultiple row', () => {
    const entry = image({ editable: false, status: 'waiting' });
    const row = createRow(document, binder, entry, false);
    for (const status of ['waiting', 'preparing', 'uploading', 'retrying', 'failed'] as Entry['status'][]) {
      updateRow(binder, row, { ...entry, status }, false);
      expect([status, row.remove.hidden]).toEqual([status, false]);
    }
    updateRow(binder, row, { ...entry, status: 'done' }, false);
    expect(row.remove.hidden).toBe(true);
  });
});

describe('the progress bar of a row', () => {
  test('while its upload is retrying it claims no more than is stored, like the total; sending again shows it again', () => {
    const entry = image({ editable: false, loaded: 1990, total: 2000, size: 2000 });
    const row = createRow(document, binder, entry, true);
    expect([row.progress.getAttribute('value'), row.status.textContent]).toEqual(['99', 'Uploading: 99%']);
    updateRow(binder, row, { ...entry, status: 'retrying', retry: { attempt: 1, seconds: 2 } }, true);
    expect(row.progress.getAttribute('value')).toBe('0');
    expect(row.status.textContent).toMatch(/2/);
    expect(totals([{ ...entry, status: 'retrying' }]).percent).toBe(0);
    updateRow(binder, row, { ...entry, status: 'uploading', loaded: 1000 }, true);
    expect(row.progress.getAttribute('value')).toBe('50');
  });
});
