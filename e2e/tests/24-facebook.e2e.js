'use strict';
/**
 * The FACEBOOK source in the dialog: Facebook Login in a popup against the reference server's cloud API, whose
 * Facebook app points at the loopback double of Facebook Login, the Graph API and its CDN
 * (server/test/doubles/facebook.ts, started by e2e/run.js with e2e/lib/cloudFiles.js: the album "Photos" holds
 * pixel.png, the album "Trips" a JPEG; the text file at the top is no photo, so Facebook has none). Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { showing } = require('../lib/cloudUi');

test('FACEBOOK under a strict CSP: sign in through the popup, open an album, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  await oauthFlow(ctx, {
    service: 'FACEBOOK', source: 'facebook', tab: 'Facebook', client: 'facebook', double: 'facebook',
    grant: (c) => /oauth\/access_token$/.test(c), top: ['Photos', 'Trips'], crumbs: ['Facebook', 'Photos'], storePath: 'from-facebook/', what: 'the photo',
    // the kept sign-in lists the albums at once; the text file is no photo, so the album's photo is stored
    toText: async (page) => {
      await page.keyboard.press('Enter');
      await showing(page, 'pixel.png');
    },
    storesPicture: true,
    // the API tells no sizes: none listed; the link's size is the server's (one HEAD of the photo)
    sizeListed: false,
  });
});
