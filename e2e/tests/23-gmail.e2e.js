'use strict';
/**
 * The GMAIL source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Gmail
 * client points at the loopback double of Google's OAuth and the Gmail API v1 (server/test/doubles/gmail.ts, started
 * by e2e/run.js with e2e/lib/cloudFiles.js's two files as the attachments of two messages). The double's authorize
 * page consents at once. The top folder lists the messages with attachments by subject and date; paths are ids.
 * Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { showing } = require('../lib/cloudUi');

test('GMAIL under a strict CSP: sign in through the popup, open a message, pick an attachment (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  await oauthFlow(ctx, {
    service: 'GMAIL', source: 'gmail', tab: 'Gmail', client: 'gmail', double: 'gmail',
    grant: 'POST /token', top: ['Photos · 2024-05-02', 'Notes · 2024-05-01'], crumbs: ['Gmail', 'Photos · 2024-05-02'], storePath: 'from-gmail/', what: 'the attachment',
    // the kept sign-in lists the messages at once; the last one holds the text file
    toText: async (page) => {
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await showing(page, 'notes.txt');
    },
  });
});
