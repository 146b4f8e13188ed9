'use strict';
/**
 * End-to-end tests of the picker dialog in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core):
 * builds the bundle into a temp folder, starts the reference server in-process (through tsx) behind a loopback page
 * server, and runs e2e/tests/*.e2e.js one after another. `node e2e/run.js [filter]` runs the tests whose name or file (`tests/07-editor.e2e.js`) holds the filter. Ends with "N passed, N failed".
 * Screenshots go to e2e/artifacts/ (gitignored).
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const { run, slug: testSlug, loading } = require('./lib/harness');
const { startPageServer } = require('./lib/servers');
const { cloudFiles, albumFiles } = require('./lib/cloudFiles');

const root = path.resolve(__dirname, '..');
// The AWS SDK (the reference server's storage client) warns once per process that its releases after January 2027 need
// Node 22; the versions in the lock run on Node 20 (README), so the run prints only what the tests say.
if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
// the last two give a synthetic camera and microphone with permission granted (e2e/tests/08-media.e2e.js); no network
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-e2e-'));
  const distDir = process.env.FP_E2E_DIST || path.join(tmp, 'dist');
  if (!process.env.FP_E2E_DIST) {
    process.stdout.write('building the bundle into ' + distDir + '\n');
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FP_DIST_DIR: distDir, FP_QUIET: '1' } });
    } catch (e) {
      // the bundle is what these tests need; a failure of the later type-declaration step is reported, not fatal
      if (!fs.existsSync(path.join(distDir, 'filepicker.js'))) throw e;
      process.stderr.write('warning: the build failed after writing the bundle (type declarations?): ' + e.message + '\n');
    }
  }
  if (!fs.existsSync(path.join(distDir, 'filepicker.js'))) throw new Error('no bundle at ' + path.join(distDir, 'filepicker.js'));
  const artifacts = path.join(__dirname, 'artifacts');
  fs.mkdirSync(artifacts, { recursive: true });

  const pages = await startPageServer({ distDir });
  require('tsx/cjs/api').register();
  const { startServer } = require(path.join(root, 'server', 'src', 'index.ts'));
  // locations dropbox and rackspace (tests/14) store into loopback doubles of those services (server/test/doubles/),
  // azure into Azurite (Microsoft's emulator) and gcs into the stand-in of its XML API (server/test/gcsStandIn.ts)
  const { startDropboxDouble: startDropbox } = require(path.join(root, 'server', 'test', 'doubles', 'dropbox.ts'));
  const doubles = {
    dropbox: await startDropbox(),
    swift: await require(path.join(root, 'server', 'test', 'doubles', 'swift-double.ts')).startSwiftDouble(),
    azurite: await require(path.join(root, 'server', 'test', 'azurite.ts')).startAzurite(),
    gcs: await require(path.join(root, 'server', 'test', 'gcsStandIn.ts')).startGcsStandIn(),
    // the DROPBOX source (tests/18): an end user's Dropbox account (a second instance of the same double: the
    // location above is the site's own account) holding e2e/lib/cloudFiles.js's files; its authorize page consents at once
    dropboxApp: await startDropbox(cloudFiles('Dropbox')),
    // the GOOGLE_DRIVE source (tests/19): the double of Google's OAuth and the Drive API v3 (consents at once)
    drive: await require(path.join(root, 'server', 'test', 'doubles', 'google-drive.ts')).startGoogleDriveDouble(cloudFiles('Google Drive')),
    // the BOX source (tests/20): the double of Box's OAuth, API 2.0 and download host (consents at once)
    box: await require(path.join(root, 'server', 'test', 'doubles', 'box.ts')).startBoxDouble(cloudFiles('Box')),
    // the SKYDRIVE source (tests/21): the double of Microsoft's OAuth and Graph's OneDrive API (consents at once)
    onedrive: await require(path.join(root, 'server', 'test', 'doubles', 'onedrive.ts')).startOneDriveDouble(cloudFiles('OneDrive')),
    // the GITHUB source (tests/22): the double of GitHub's OAuth app flow and REST API, one repository (consents at once)
    github: await require(path.join(root, 'server', 'test', 'doubles', 'github.ts')).startGitHubDouble({ 'octocat/hello-world': cloudFiles('GitHub') }),
    // the GMAIL source (tests/23): the double of Google's OAuth and the Gmail API v1, the files as two messages' attachments
    gmail: await require(path.join(root, 'server', 'test', 'doubles', 'gmail.ts')).startGmailDouble(require(path.join(root, 'server', 'test', 'doubles', 'gmail.ts')).messagesOf(cloudFiles('Gmail'))),
    // the FACEBOOK source (tests/24): the double of Facebook Login, the Graph API and its CDN; two albums (a PNG, a JPEG)
    facebook: await require(path.join(root, 'server', 'test', 'doubles', 'facebook.ts')).startFacebookDouble(albumFiles('Facebook', 'sunset.jpg')),
    // the INSTAGRAM source (tests/25): the double of Instagram Login, its Graph API and CDN; the folders are carousels
    // (a picture, a film)
    instagram: await require(path.join(root, 'server', 'test', 'doubles', 'instagram.ts')).startInstagramDouble(albumFiles('Instagram', 'clip.mp4')),
    // the FLICKR source (tests/26): the double of Flickr's OAuth 1.0a endpoints, REST API and static hosts (consents at
    // once); two albums (a PNG, a JPEG)
    flickr: await require(path.join(root, 'server', 'test', 'doubles', 'flickr.ts')).startFlickrDouble(albumFiles('Flickr', 'sunset.jpg')),
  };
  // the page PUTs azure and gcs parts straight to them (cross-origin), as to the real services
  await doubles.azurite.service.setProperties({ cors: [{ allowedOrigins: '*', allowedMethods: 'PUT,GET,HEAD', allowedHeaders: '*', exposedHeaders: 'ETag', maxAgeInSeconds: 300 }] });
  const { AZURITE_ACCOUNT, AZURITE_KEY } = require(path.join(root, 'server', 'test', 'azurite.ts'));
  // cloud sources (tests/13): a real FTP server and a real WebDAV server on loopback, each serving the demo files
  const demo = require(path.join(root, 'server', 'src', 'cloud', 'demoSources.ts'));
  const cloudRoot = path.join(tmp, 'cloud');
  await demo.seedFolder(cloudRoot);
  const cloud = { ftp: await demo.startFtpSource(cloudRoot), webdav: await demo.startWebdavSource(cloudRoot), files: demo.DEMO_FILES };
  // every part PUT goes through the server's /s3proxy (a no-op "slow" fault), so storage shares the page's origin
  // custom source (tests/09): one bucket apps may browse, seeded below
  const server = await startServer({
    port: 0, host: '127.0.0.1', publicUrl: pages.origin, faults: { part: { sequence: [{ kind: 'slow', bytesPerSecond: 1e10 }] } },
    customSources: [{ bucket: 'fp-e2e-source' }, { bucket: 'fp-custom-source' }],
    // url= stores and /process sources may reach the loopback page server
    fetchAllowHosts: ['127.0.0.1', 'localhost'],
    dropbox: { token: doubles.dropbox.token, api: doubles.dropbox.api, content: doubles.dropbox.content },
    rackspace: { username: doubles.swift.username, apiKey: doubles.swift.apiKey, region: 'DFW', identity: doubles.swift.identity, container: 'fp-e2e-rack' },
    azure: { account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: doubles.azurite.endpoint, container: 'fp-e2e-azure' },
    gcs: { accessKey: doubles.gcs.accessKey, secret: doubles.gcs.secret, bucket: 'fp-e2e-gcs', endpoint: doubles.gcs.endpoint },
    // the FTP and WebDAV sign-ins may reach the loopback servers above
    cloud: {
      allowHosts: ['127.0.0.1'],
      dropbox: { clientId: doubles.dropboxApp.appKey, clientSecret: doubles.dropboxApp.appSecret, authorizeUrl: doubles.dropboxApp.authorizeUrl, tokenUrl: doubles.dropboxApp.tokenUrl, apiUrl: doubles.dropboxApp.api, contentUrl: doubles.dropboxApp.content },
      googledrive: { clientId: doubles.drive.clientId, clientSecret: doubles.drive.clientSecret, authorizeUrl: doubles.drive.url + '/o/oauth2/v2/auth', tokenUrl: doubles.drive.url + '/token', apiUrl: doubles.drive.url },
      box: { clientId: doubles.box.clientId, clientSecret: doubles.box.clientSecret, authorizeUrl: doubles.box.url + '/api/oauth2/authorize', tokenUrl: doubles.box.url + '/oauth2/token', apiUrl: doubles.box.url, contentUrl: doubles.box.downloadUrl },
      onedrive: { clientId: doubles.onedrive.clientId, clientSecret: doubles.onedrive.clientSecret, authorizeUrl: doubles.onedrive.url + '/common/oauth2/v2.0/authorize', tokenUrl: doubles.onedrive.url + '/common/oauth2/v2.0/token', apiUrl: doubles.onedrive.url + '/v1.0' },
      github: { clientId: doubles.github.clientId, clientSecret: doubles.github.clientSecret, authorizeUrl: doubles.github.url + '/login/oauth/authorize', tokenUrl: doubles.github.url + '/login/oauth/access_token', apiUrl: doubles.github.url, contentUrl: doubles.github.url + '/raw' },
      gmail: { clientId: doubles.gmail.clientId, clientSecret: doubles.gmail.clientSecret, authorizeUrl: doubles.gmail.url + '/o/oauth2/v2/auth', tokenUrl: doubles.gmail.url + '/token', apiUrl: doubles.gmail.url },
      // the photos' CDN is the double's loopback port, reached through `allowHosts` above
      facebook: { clientId: doubles.facebook.clientId, clientSecret: doubles.facebook.clientSecret, authorizeUrl: doubles.facebook.graph + '/dialog/oauth', tokenUrl: doubles.facebook.graph + '/oauth/access_token', apiUrl: doubles.facebook.graph, contentUrl: doubles.facebook.url },
      instagram: { clientId: doubles.instagram.clientId, clientSecret: doubles.instagram.clientSecret, authorizeUrl: doubles.instagram.url + '/oauth/authorize', tokenUrl: doubles.instagram.url + '/oauth/access_token', apiUrl: doubles.instagram.url, contentUrl: doubles.instagram.url },
      flickr: { clientId: doubles.flickr.clientId, clientSecret: doubles.flickr.clientSecret, authorizeUrl: doubles.flickr.oauthUrl + '/authorize', tokenUrl: doubles.flickr.oauthUrl + '/access_token', apiUrl: doubles.flickr.restUrl, contentUrl: doubles.flickr.url },
    },
    // the demo pages (/demo/, tests/15): the page server keeps /dist/ (the fresh build) and proxies /demo/ here
    staticDirs: true,
  });
  pages.setApi(server.url);
  // the CORS rule server/README.md asks of a real GCS bucket (`gcloud storage buckets update --cors-file`)
  await doubles.gcs.client('fp-e2e-gcs').setCors('fp-e2e-gcs');
  const sourceObjects = require('./lib/sourceObjects').SOURCE_OBJECTS;
  for (const o of sourceObjects) await server.storage.putObject(o.key, o.body, 'fp-e2e-source', o.type);
  // the demo bucket `npm start` seeds, for the custom-source demo page (tests/15)
  for (const o of require(path.join(root, 'server', 'src', 'customSource')).DEMO_OBJECTS) await server.storage.putObject(o.key, o.body, 'fp-custom-source', o.type);

  const { chromium } = require('playwright-core');
  const userDataDir = path.join(tmp, 'profile');
  const browser = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1024, height: 700 } });
  // nothing may leave the machine: only our loopback origins are allowed (the page's; Azurite's and the GCS stand-in's;
  // the OAuth doubles' authorize pages, where the sign-in popups of tests/18 on go and come back from)
  const allowedOrigins = [new URL(doubles.azurite.endpoint).origin + '/', new URL(doubles.gcs.endpoint).origin + '/', doubles.dropboxApp.authorizeUrl + '?', doubles.drive.url + '/o/oauth2/v2/auth?',
    doubles.box.url + '/api/oauth2/authorize?',
    doubles.onedrive.url + '/common/oauth2/v2.0/authorize?',
    doubles.github.url + '/login/oauth/authorize?',
    doubles.gmail.url + '/o/oauth2/v2/auth?',
    doubles.facebook.graph + '/dialog/oauth?',
    doubles.instagram.url + '/oauth/authorize?',
    doubles.flickr.oauthUrl + '/authorize?',
  ];
  await browser.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(pages.origin + '/') || allowedOrigins.some((o) => u.startsWith(o)) || u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return route.continue();
    return route.abort();
  });

  const files = path.join(tmp, 'files');
  fs.mkdirSync(files, { recursive: true });
  const context = { browser, server, doubles, pages, cloud, origin: pages.origin, files, artifacts, tmp, defaultFaults: { part: { sequence: [{ kind: 'slow', bytesPerSecond: 1e10 }] } } };
  context.afterEach = async (name) => {
    // the state each test ends in, page by page (a test's own screenshots show the states on the way)
    const slug = testSlug(name);
    const open = browser.pages().filter((p) => p.url() !== 'about:blank');
    for (let i = 0; i < open.length; i++) await open[i].screenshot({ path: path.join(artifacts, 'end-' + slug + (i ? '-' + i : '') + '.png') }).catch(() => undefined);
    for (const p of browser.pages()) await p.close().catch(() => undefined);
    server.faults.set(context.defaultFaults);
  };
  for (const dir of ['tests', 'widgets']) {
    for (const f of fs.readdirSync(path.join(__dirname, dir)).filter((n) => n.endsWith('.e2e.js')).sort()) {
      loading.file = dir + '/' + f;
      require(path.join(__dirname, dir, f));
    }
  }
  let ok = false;
  try {
    ok = await run(context, process.argv[2]);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await doubles.dropbox.close();
    await doubles.swift.stop();
    await doubles.azurite.stop();
    await doubles.gcs.stop();
    await doubles.dropboxApp.close();
    await doubles.drive.close();
    await doubles.box.close();
    await doubles.onedrive.close();
    await doubles.github.close();
    await doubles.gmail.close();
    await doubles.facebook.close();
    await doubles.instagram.close();
    await doubles.flickr.close();
    await cloud.ftp.close().catch(() => undefined);
    await cloud.webdav.close().catch(() => undefined);
    await pages.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n0 passed, 1 failed\n');
  process.exit(1);
});
