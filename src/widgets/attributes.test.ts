import { constructOptions, debugFlag, isMultiple, readAttributes } from './attributes';
import { makeCtx } from './__tests__/fakeApi';

function element(html: string): Element {
  const holder = document.createElement('div');
  const doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
  holder.appendChild(document.importNode(doc.body.firstElementChild as Element, true));
  return holder.firstElementChild as Element;
}

describe('constructOptions', () => {
  const ctx = makeCtx();

  it('maps every general and pick attribute, splitting the list ones and mapping services to numbers', () => {
    const el = element('<input type="filepicker" data-fp-container="window" data-fp-mimetype="image/*" data-fp-openTo="DROPBOX" ' +
      'data-fp-signature="sig" data-fp-policy="pol" data-fp-language="de" data-fp-background-upload="true" data-fp-hide="false" ' +
      'data-fp-custom-css="https://x/c.css" data-fp-crop-force="true" data-fp-crop-ratio="1.5" data-fp-crop-dim="10,20" data-fp-crop-max="30,40" ' +
      'data-fp-crop-min="1,2" data-fp-show-close="true" data-fp-conversions="crop,rotate" data-fp-custom-text="https://x/t.json" ' +
      'data-fp-custom-source-container="bucket" data-fp-custom-source-path="p/" data-fp-maxSize="1024" data-fp-maxFiles="3" ' +
      'data-fp-store-location="S3" data-fp-store-path="up/" data-fp-store-container="b" data-fp-store-region="eu" data-fp-store-access="public" ' +
      'data-fp-image-quality="80" data-fp-image-dim="100,200" data-fp-image-max="300,400" data-fp-image-min="5,6" ' +
      'data-fp-video-recording-resolution="640x480" data-fp-video-length="30" data-fp-audio-length="20" ' +
      'data-fp-services="COMPUTER, DROPBOX,myCustom" data-fp-service="BOX" data-fp-folders="true">');
    expect(constructOptions(el, 'pick', ctx)).toEqual({
      container: 'window', mimetype: 'image/*', openTo: 'DROPBOX', signature: 'sig', policy: 'pol', language: 'de',
      backgroundUpload: 'true', hide: 'false', customCss: 'https://x/c.css', cropForce: 'true', cropRatio: '1.5', cropDim: ['10', '20'],
      cropMax: ['30', '40'], cropMin: ['1', '2'], showClose: 'true', conversions: ['crop', 'rotate'], customText: 'https://x/t.json',
      customSourceContainer: 'bucket', customSourcePath: 'p/', maxSize: '1024', maxFiles: '3', storeLocation: 'S3', storePath: 'up/',
      storeContainer: 'b', storeRegion: 'eu', storeAccess: 'public', imageQuality: '80', imageDim: ['100', '200'], imageMax: ['300', '400'],
      imageMin: ['5', '6'], webcam: { videoRes: '640x480', videoLen: '30', audioLen: '20' },
      services: [1, 2, 'myCustom'], service: 19, folders: true,
    });
  });

  it('reads attribute names in any case (XHTML-style camelCase too)', () => {
    const el = element('<input type="filepicker" data-fp-MAXSIZE="5" data-fp-opento="URL">');
    const o = constructOptions(el, 'pick', ctx);
    expect(o.maxSize).toBe('5');
    expect(o.openTo).toBe('URL');
  });

  it('keeps pick-only attributes out of convert and export options, and reads suggestedFilename for export', () => {
    const el = element('<button data-fp-url="https://x/a" data-fp-maxSize="5" data-fp-suggestedFilename="a b.png" data-fp-mimetype="image/png">');
    expect(constructOptions(el, 'export', ctx)).toEqual({ mimetype: 'image/png', suggestedFilename: 'a b.png', folders: false });
    expect(constructOptions(el, 'convert', ctx)).toEqual({ mimetype: 'image/png', folders: false });
  });

  it('fixes v2: data-fp-debug="false" is off, "true" is on', () => {
    expect(constructOptions(element('<input data-fp-debug="false">'), 'pick', ctx).debug).toBe(false);
    expect(constructOptions(element('<input data-fp-debug="true">'), 'pick', ctx).debug).toBe(true);
    expect(debugFlag('OFF')).toBe(false);
    expect(debugFlag('yes')).toBe(true);
  });

  it('fixes v2: data-fp-webcam-dim reaches webcam.webcamDim as two numbers', () => {
    const o = constructOptions(element('<input data-fp-webcam-dim="640,480">'), 'pick', ctx);
    expect(o.webcam).toEqual({ webcamDim: [640, 480] });
    expect(o.webcamDim).toBeUndefined();
  });

  it('calls setKey for data-fp-apikey', () => {
    const c2 = makeCtx();
    constructOptions(element('<input data-fp-apikey="K9">'), 'pick', c2);
    expect(c2.getKey()).toBe('K9');
  });

  it('understands the v1 data-fp-option-* names, the v2 names winning', () => {
    const o = constructOptions(element('<input data-fp-option-container="window" data-fp-option-services="COMPUTER,URL" data-fp-option-maxsize="9" data-fp-option-location="azure">'), 'pick', ctx);
    expect(o).toMatchObject({ container: 'window', services: [1, 7], maxSize: '9', storeLocation: 'azure' });
    expect(constructOptions(element('<input data-fp-option-modal="false">'), 'pick', ctx).container).toBe('window');
    expect(constructOptions(element('<input data-fp-container="modal" data-fp-option-container="window">'), 'pick', ctx).container).toBe('modal');
    expect(constructOptions(element('<a data-fp-option-defaultSaveasName="x.txt">'), 'export', ctx).suggestedFilename).toBe('x.txt');
  });

  it('ignores empty values and always sets folders', () => {
    expect(constructOptions(element('<input data-fp-mimetype="" data-fp-folders="yes">'), 'convert', ctx)).toEqual({ folders: false });
  });

  it('isMultiple: data-fp-multiple="true" in any case, or v1 data-fp-option-multiple', () => {
    expect(isMultiple(element('<input data-fp-multiple="TRUE">'))).toBe(true);
    expect(isMultiple(element('<input data-fp-multiple="yes">'))).toBe(false);
    expect(isMultiple(element('<input data-fp-option-multiple="true">'))).toBe(true);
    expect(isMultiple(element('<input data-fp-option-multiple="false">'))).toBe(false);
    expect(isMultiple(element('<input>'))).toBe(false);
  });

  it('readAttributes keeps only data-fp-* names, lower-cased', () => {
    expect(readAttributes(element('<input id="a" data-fp-Button-Text="Go">'))).toEqual({ 'data-fp-button-text': 'Go' });
  });
});
