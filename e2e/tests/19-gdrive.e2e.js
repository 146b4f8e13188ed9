'use strict';
/**
 * The GOOGLE_DRIVE source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose
 * Google client points at the loopback double of Google's OAuth and the Drive API v3
 * (server/test/doubles/google-drive.ts, started by e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize
 * page consents at once. Drive paths are ids: the breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');

test('GOOGLE_DRIVE under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore with GDRIVE (a copy); bytes identical', async (ctx) => {
  // pickAndStore uses v2's other name, GDRIVE
  await oauthFlow(ctx, {
    service: 'GOOGLE_DRIVE', storeService: 'GDRIVE', source: 'google_drive', tab: 'Google Drive', client: 'googledrive', double: 'drive',
    grant: 'POST /token', top: ['Photos', 'notes.txt'], crumbs: ['Google Drive', 'Photos'], storePath: 'from-drive/', what: 'the Drive file',
  });
});
