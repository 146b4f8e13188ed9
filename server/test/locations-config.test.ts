/** The per-location settings: environment variables, their checks, and the end of FP_LOCATIONS aliasing. */
import { optionsFromEnv, resolveConfig } from '../src/config';

const KEY = Buffer.from('not a real key').toString('base64');
const resolve = (env: NodeJS.ProcessEnv) => resolveConfig(optionsFromEnv(env), () => '/tmp/unused');

test('FP_AZURE_* configure the azure location; endpoint and container have defaults', () => {
  expect(resolve({ FP_AZURE_ACCOUNT: 'acct1', FP_AZURE_KEY: KEY }).azure).toEqual({ account: 'acct1', key: KEY, endpoint: 'https://acct1.blob.core.windows.net', container: 'fp-uploads' });
  const own = resolve({ FP_AZURE_ACCOUNT: 'acct1', FP_AZURE_KEY: KEY, FP_AZURE_ENDPOINT: 'http://127.0.0.1:10000/acct1/', FP_AZURE_CONTAINER: 'files' });
  expect(own.azure).toMatchObject({ endpoint: 'http://127.0.0.1:10000/acct1', container: 'files' });
  expect(resolve({}).azure).toBeUndefined();
});

test('incomplete or bad azure settings stop the server with a message naming the setting', () => {
  expect(() => resolve({ FP_AZURE_ACCOUNT: 'acct1' })).toThrow('server: the azure location needs FP_AZURE_KEY too');
  expect(() => resolve({ FP_AZURE_ACCOUNT: 'Bad_Account', FP_AZURE_KEY: KEY })).toThrow(/FP_AZURE_ACCOUNT\) must be a storage account name/);
  expect(() => resolve({ FP_AZURE_ACCOUNT: 'acct1', FP_AZURE_KEY: 'not base64!' })).toThrow(/FP_AZURE_KEY\) must be the account's base64 shared key/);
  expect(() => resolve({ FP_AZURE_ACCOUNT: 'acct1', FP_AZURE_KEY: KEY, FP_AZURE_CONTAINER: 'Has_Upper' })).toThrow(/FP_AZURE_CONTAINER\) must be a container name/);
});

test('FP_LOCATIONS (which stored other locations in S3 under their name) is refused, saying what replaces it', () => {
  expect(() => optionsFromEnv({ FP_LOCATIONS: 'azure' })).toThrow('server: FP_LOCATIONS is gone: a location is served by its own storage (FP_AZURE_ACCOUNT and FP_AZURE_KEY for azure; see server/README.md)');
});

test('FP_GCS_* configure the gcs location (endpoint default: the XML API); incomplete or bad ones are named', () => {
  const g = { FP_GCS_ACCESS_KEY: 'GOOG1EXAMPLE', FP_GCS_SECRET: 'hmac-secret', FP_GCS_BUCKET: 'my-bucket' };
  expect(resolve(g).gcs).toEqual({ accessKey: 'GOOG1EXAMPLE', secret: 'hmac-secret', bucket: 'my-bucket', endpoint: 'https://storage.googleapis.com' });
  expect(resolve({ ...g, FP_GCS_ENDPOINT: 'http://127.0.0.1:4443/' }).gcs).toMatchObject({ endpoint: 'http://127.0.0.1:4443' });
  expect(resolve({}).gcs).toBeUndefined();
  expect(() => resolve({ FP_GCS_ACCESS_KEY: 'GOOG1EXAMPLE' })).toThrow('server: the gcs location needs FP_GCS_SECRET and FP_GCS_BUCKET too');
  expect(() => resolve({ ...g, FP_GCS_BUCKET: 'Upper.Dots' })).toThrow(/FP_GCS_BUCKET\) must be a bucket name/);
  expect(() => resolve({ ...g, FP_GCS_ENDPOINT: 'storage.googleapis.com' })).toThrow(/FP_GCS_ENDPOINT\) must be an http\(s\) URL/);
});

test('FP_DROPBOX_* configure the dropbox location: a token, or a refresh token with the app key and secret', () => {
  expect(resolve({ FP_DROPBOX_TOKEN: 'sl.token' }).dropbox).toEqual({ token: 'sl.token', api: 'https://api.dropboxapi.com', content: 'https://content.dropboxapi.com' });
  const refresh = { FP_DROPBOX_REFRESH_TOKEN: 'r', FP_DROPBOX_APP_KEY: 'k', FP_DROPBOX_APP_SECRET: 's', FP_DROPBOX_API: 'http://127.0.0.1:1/api', FP_DROPBOX_CONTENT: 'http://127.0.0.1:1/content' };
  expect(resolve(refresh).dropbox).toEqual({ refreshToken: 'r', appKey: 'k', appSecret: 's', api: 'http://127.0.0.1:1/api', content: 'http://127.0.0.1:1/content' });
  expect(resolve({}).dropbox).toBeUndefined();
  expect(() => resolve({ FP_DROPBOX_REFRESH_TOKEN: 'r' })).toThrow('server: the dropbox location needs FP_DROPBOX_APP_KEY and FP_DROPBOX_APP_SECRET too');
  expect(() => resolve({ FP_DROPBOX_TOKEN: 't', FP_DROPBOX_API: 'api.dropboxapi.com' })).toThrow(/FP_DROPBOX_API\) must be an http\(s\) URL/);
});

test('FP_RACKSPACE_* configure the rackspace location: username and API key (identity), or a token and storage URL', () => {
  expect(resolve({ FP_RACKSPACE_USERNAME: 'u', FP_RACKSPACE_API_KEY: 'k', FP_RACKSPACE_REGION: 'ord' }).rackspace).toEqual({
    username: 'u',
    apiKey: 'k',
    region: 'ORD',
    identity: 'https://identity.api.rackspacecloud.com/v2.0',
    container: 'fp-uploads',
    segmentBytes: 64 * 1024 * 1024,
  });
  const token = resolve({ FP_RACKSPACE_TOKEN: 't', FP_RACKSPACE_STORAGE_URL: 'https://storage101.dfw1.clouddrive.com/v1/MossoCloudFS_1/', FP_RACKSPACE_CONTAINER: 'files' }).rackspace;
  expect(token).toMatchObject({ token: 't', storageUrl: 'https://storage101.dfw1.clouddrive.com/v1/MossoCloudFS_1', container: 'files' });
  expect(resolve({}).rackspace).toBeUndefined();
  expect(() => resolve({ FP_RACKSPACE_USERNAME: 'u' })).toThrow('server: the rackspace location needs FP_RACKSPACE_API_KEY too');
  expect(() => resolve({ FP_RACKSPACE_TOKEN: 't' })).toThrow('server: the rackspace location needs FP_RACKSPACE_STORAGE_URL too');
  expect(() => resolveConfig({ rackspace: { token: 't', storageUrl: 'http://127.0.0.1:1/v1/A', segmentBytes: 10 } }, () => '/tmp/unused')).toThrow(/rackspace.segmentBytes` must be a whole number of bytes from 1 MiB to 5 GiB/);
});
