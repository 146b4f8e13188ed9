import type { HttpError } from '../http/errors';
import { buildResizeUrl, parseProcessPath } from './index';

describe('parseProcessPath', () => {
  test('reads apikey, width and an absolute source URL, its query included', () => {
    expect(parseProcessPath('/process/KEY123/resize=width:640/https://cdn.example.com/a/b.png?x=1&y=2'))
      .toEqual({ apikey: 'KEY123', width: 640, security: undefined, source: 'https://cdn.example.com/a/b.png?x=1&y=2' });
  });

  test('reads the security task in either order, and a bare handle', () => {
    expect(parseProcessPath('/process/K/resize=width:10/security=signature:abc,policy:eyJ9/HANDLE_1')).toEqual({ apikey: 'K', width: 10, security: { policy: 'eyJ9', signature: 'abc' }, source: 'HANDLE_1' });
    expect(parseProcessPath('/process/K/resize=width:10/security=policy:P,signature:S/http://h/x').security).toEqual({ policy: 'P', signature: 'S' });
  });

  test('decodes a percent-encoded source', () => {
    expect(parseProcessPath('/process/K/resize=width:10/https%3A%2F%2Fh%2Fa.png').source).toBe('https://h/a.png');
  });

  test('round-trips with buildResizeUrl', () => {
    const req = { apikey: 'K', width: 300, security: { policy: 'P', signature: 'S' }, source: 'http://127.0.0.1:9/api/file/abc' };
    const url = buildResizeUrl('http://127.0.0.1:8080/process/', req);
    expect(url).toBe('http://127.0.0.1:8080/process/K/resize=width:300/security=signature:S,policy:P/http://127.0.0.1:9/api/file/abc');
    expect(parseProcessPath(url.replace('http://127.0.0.1:8080', ''))).toEqual(req);
    expect(buildResizeUrl('http://h/process', { apikey: 'K', width: 5, source: 'H' })).toBe('http://h/process/K/resize=width:5/H');
  });

  test.each([
    ['/other/K/resize=width:1/H', /must start with \/process\//],
    ['/process//resize=width:1/H', /apikey:/],
    ['/process/K/crop=1,2/H', /expected the task resize=width:N/],
    ['/process/K/resize=height:5/H', /only width:N is supported/],
    ['/process/K/resize=width:abc/H', /resize width: expected a whole number/],
    ['/process/K/resize=width:0/H', /resize width:/],
    ['/process/K/resize=width:5/security=policy:P/H', /both signature and policy/],
    ['/process/K/resize=width:5/security=foo:1/H', /security: expected signature:S,policy:P/],
    ['/process/K/resize=width:5', /source URL \(or handle\) is missing/],
    ['/process/K/resize=width:5/ftp://x/y', /source: expected an http\(s\) URL or a file handle/],
  ])('%s is a 400 that says what is wrong', (path, re) => {
    expect(() => parseProcessPath(path)).toThrow(re);
    try {
      parseProcessPath(path);
    } catch (e) {
      expect((e as HttpError).status).toBe(400);
    }
  });
});
