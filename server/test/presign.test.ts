/** The presigner without the SDK's per-call pipeline gives the very URLs `getSignedUrl` gives. */
import { PutObjectCommand, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Presigner } from '../src/storage/presign';

const settings = { region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }, requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const };
const date = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const keys = ['a/b c.bin', "ü/x+y!'()*~.txt", 'plain', 'up/0A1B2C3D4E5F_movie (1).mp4'];

describe.each([
  ['http://127.0.0.1:4567', 'us-east-1'],
  ['https://storage.example.test', 'auto'],
  ['http://[::1]:9000', 'eu-west-1'],
])('endpoint %s, region %s', (endpoint, region) => {
  const client = new S3Client({ ...settings, endpoint, region });
  const presigner = new Presigner(client, endpoint, region);
  afterAll(() => client.destroy());

  test.each(keys)('UploadPart and PutObject of %s, with and without Content-MD5', async (key) => {
    for (const md5 of [undefined, 'XrY7u+Ae7tCTyyK7j1rNww==']) {
      const part = await getSignedUrl(client, new UploadPartCommand({ Bucket: 'bkt', Key: key, UploadId: 'u~1.2', PartNumber: 3, ContentMD5: md5 }), { expiresIn: 3600, signingDate: date });
      expect(await presigner.put('bkt', key, md5, 3600, date, { uploadId: 'u~1.2', part: 3 })).toBe(part);
      const put = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'bkt', Key: key, ContentMD5: md5 }), { expiresIn: 900, signingDate: date });
      expect(await presigner.put('bkt', key, md5, 900, date)).toBe(put);
    }
  });
});

test('URLs signed lately are shared only between presigners of the same credentials, and stay the signed ones', async () => {
  const endpoint = 'http://127.0.0.1:4567';
  const one = new S3Client({ ...settings, endpoint });
  const other = new S3Client({ ...settings, endpoint, credentials: { accessKeyId: 'AKID', secretAccessKey: 'OTHER' } });
  try {
    const a = new Presigner(one, endpoint, 'us-east-1', 'fingerprint-one');
    const b = new Presigner(other, endpoint, 'us-east-1', 'fingerprint-other');
    const first = await a.put('bkt', 'k.bin', undefined, 3600, date, { uploadId: 'u1', part: 1 });
    expect(await a.put('bkt', 'k.bin', undefined, 3600, date, { uploadId: 'u1', part: 1 })).toBe(first);
    // another secret under the same key id signs its own URL, not the one remembered for the first
    const theirs = await b.put('bkt', 'k.bin', undefined, 3600, date, { uploadId: 'u1', part: 1 });
    expect(theirs).not.toBe(first);
    expect(theirs).toBe(await getSignedUrl(other, new UploadPartCommand({ Bucket: 'bkt', Key: 'k.bin', UploadId: 'u1', PartNumber: 1 }), { expiresIn: 3600, signingDate: date }));
    // any other input (here the part number) is signed anew
    expect(await a.put('bkt', 'k.bin', undefined, 3600, date, { uploadId: 'u1', part: 2 })).toBe(await getSignedUrl(one, new UploadPartCommand({ Bucket: 'bkt', Key: 'k.bin', UploadId: 'u1', PartNumber: 2 }), { expiresIn: 3600, signingDate: date }));
  } finally {
    one.destroy();
    other.destroy();
  }
});
