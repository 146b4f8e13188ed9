'use strict';
/**
 * The GITHUB source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose GitHub
 * client points at the loopback double of GitHub's OAuth app flow and REST API (server/test/doubles/github.ts,
 * started by e2e/run.js with e2e/lib/cloudFiles.js as the files of one repository). The double's authorize page
 * consents at once. The top folder lists the repositories. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { equal } = require('../lib/helpers');
const { names, showing } = require('../lib/cloudUi');

/** From the top listing (the repositories) into the repository's files. */
async function intoRepository(page) {
  await page.keyboard.press('Enter');
  await showing(page, 'Photos');
}

test('GITHUB under a strict CSP: sign in through the popup, browse a repository, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  await oauthFlow(ctx, {
    service: 'GITHUB', source: 'github', tab: 'GitHub', client: 'github', double: 'github',
    grant: 'POST /login/oauth/access_token', top: ['octocat/hello-world'], storePath: 'from-github/', what: 'the repository file',
    toPicture: async (page) => {
      await intoRepository(page);
      equal(await names(page), ['Photos', 'notes.txt']);
      await page.keyboard.press('Enter');
      await showing(page, 'pixel.png');
    },
    crumbs: ['GitHub', 'octocat', 'octocat/hello-world', 'Photos'],
    // the kept sign-in lists the repositories at once
    toText: async (page) => {
      await intoRepository(page);
      await page.keyboard.press('End');
    },
  });
});
