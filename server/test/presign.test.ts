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
