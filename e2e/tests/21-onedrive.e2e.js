'use strict';
/**
 * The SKYDRIVE source (the "OneDrive" tab) in the dialog: OAuth sign-in in a popup against the reference server's
 * cloud API, whose OneDrive client points at the loopback double of Microsoft's OAuth and Graph's OneDrive API
 * (server/test/doubles/onedrive.ts, started by e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page
 * consents at once. OneDrive paths are item ids: the breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { equal } = require('../lib/helpers');

test('SKYDRIVE (OneDrive) under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  await oauthFlow(ctx, {
    service: 'SKYDRIVE', source: 'skydrive', tab: 'OneDrive', client: 'onedrive', double: 'onedrive',
    grant: 'POST /common/oauth2/v2.0/token', top: ['Photos', 'notes.txt'], crumbs: ['OneDrive', 'Photos'], storePath: 'from-onedrive/', what: 'the OneDrive file',
    afterStore: (blob, od) => equal(od.downloadAuth, [], 'no bearer token went to the download URL'),
  });
});
