import { hostsFromBase } from '../../core/hosts';
import { formEncode, queryParams, toFileApiUrl, trimConvert } from './fileUrl';
import { logoutUrl, withQuery } from './requestUrl';

const hosts = hostsFromBase('http://127.0.0.1:8080');
const H20 = 'AbCdEfGhIjKlMnOpQrSt'; // 20 characters, like a Filestack handle

describe('toFileApiUrl', () => {
  test.each([
    ['http://127.0.0.1:8080/api/file/abc', 'http://127.0.0.1:8080/api/file/abc'],
    ['http://127.0.0.1:8080/api/file/abc/convert?w=5', 'http://127.0.0.1:8080/api/file/abc/convert?w=5'],
    ['http://127.0.0.1:8080/cdn/abc', 'http://127.0.0.1:8080/api/file/abc'],
    ['https://www.filepicker.io/api/file/XYZ', 'http://127.0.0.1:8080/api/file/XYZ'],
    ['http://www.filepicker.io/api/file/XYZ/convert?w=100&h=50', 'http://127.0.0.1:8080/api/file/XYZ/convert?w=100&h=50'],
    ['https://www.filestackapi.com/api/file/XYZ', 'http://127.0.0.1:8080/api/file/XYZ'],
    ['https://cdn.filestackcontent.com/' + H20, 'http://127.0.0.1:8080/api/file/' + H20],
    ['https://cdn.filestackcontent.com/resize=width:100/' + H20, 'http://127.0.0.1:8080/api/file/' + H20],
    ['https://cdn.filepicker.io/api/file/' + H20 + '?dl=true', 'http://127.0.0.1:8080/api/file/' + H20],
  ])('%s → %s', (from, to) => {
    expect(toFileApiUrl(hosts, from)).toBe(to);
  });

  test.each([
    'http://127.0.0.1:8080/api/file/',
    'http://127.0.0.1:8080/other/abc',
    'https://example.com/api/file/abc',
    'https://cdn.filestackcontent.com/short',
    'not a url',
    '',
  ])('%s is not a file URL', (url) => {
    expect(toFileApiUrl(hosts, url)).toBeUndefined();
  });
});

test('trimConvert, queryParams, withQuery, formEncode', () => {
  expect(trimConvert('http://h/api/file/a/convert?w=1')).toBe('http://h/api/file/a');
  expect(trimConvert('http://h/api/file/a')).toBe('http://h/api/file/a');
  expect(queryParams('http://h/x?w=1&crop=1%2C2&flag&a=b+c#frag')).toEqual({ w: '1', crop: '1,2', flag: '', a: 'b c' });
  expect(withQuery('http://h/x', [['a', 1], ['b', undefined], ['c', 'x y&z']])).toBe('http://h/x?a=1&c=x%20y%26z');
  expect(withQuery('http://h/x?q=1', [['a', true]])).toBe('http://h/x?q=1&a=true');
  expect(withQuery('http://h/x', [])).toBe('http://h/x');
  expect(formEncode([['url', 'http://a/b?c=d']])).toBe('url=http%3A%2F%2Fa%2Fb%3Fc%3Dd');
});

test('logoutUrl replaces the trailing /file of the file API', () => {
  expect(logoutUrl(hosts)).toBe('http://127.0.0.1:8080/api/clients/unauth');
  expect(logoutUrl({ ...hosts, fileApi: 'https://files.example.com/v1/blobs' })).toBe('https://files.example.com/api/clients/unauth');
});
