/** `npm start`'s server also serves an FTP and a WebDAV demo source: listed, signed in with the offered values, browsed. */
import { startCli } from './cliProcess';
import { postJson } from './helpers';

test('the CLI server offers the demo FTP and WebDAV sources with their sign-in values, and stops them on SIGINT', async () => {
  const cli = await startCli('fp-cloud-cli-');
  const { base, out } = cli;
  try {
    expect(out).toMatch(/cloud API:\s+http:\/\/127\.0\.0\.1:\d+\/cloud \(ftp, webdav\); demo FTP ftp:\/\/127\.0\.0\.1:\d+, demo WebDAV http:\/\/127\.0\.0\.1:\d+\//);
    for (const cloud of ['ftp', 'webdav']) {
      const first = await postJson(base + '/cloud/folder/list', { apikey: 'demo', clouds: { [cloud]: { path: '/' } } });
      expect(first.status).toBe(200);
      const defaults = first.json[cloud].auth.defaults;
      expect(defaults.user).toBe('demo');
      const signIn = await postJson(base + '/cloud/auth/credentials', { apikey: 'demo', clouds: { [cloud]: defaults } });
      expect(signIn.status).toBe(200);
      const listed = await postJson(base + '/cloud/folder/list', { apikey: 'demo', token: signIn.json.token, clouds: { [cloud]: { path: '/' } } });
      expect(listed.json[cloud].contents.map((e: { name: string }) => e.name)).toEqual(['docs', 'photos', 'readme.txt']);
    }
    expect(await cli.interrupt()).toBe(0);
  } finally {
    cli.cleanup();
  }
}, 60000);
