'use strict';
/**
 * The BOX source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Box client
 * points at the loopback double of Box's OAuth, API 2.0 and download host (server/test/doubles/box.ts, started by
 * e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page consents at once. Box paths are ids: the
 * breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { equal } = require('../lib/helpers');

test('BOX under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  await oauthFlow(ctx, {
    service: 'BOX', source: 'box', tab: 'Box', client: 'box', double: 'box',
    grant: 'POST /oauth2/token', top: ['Photos', 'notes.txt'], crumbs: ['Box', 'Photos'], storePath: 'from-box/', what: 'the Box file',
    afterStore: (blob, box) => equal(box.downloadAuth, [], 'no bearer token went to the download host'),
  });
});
