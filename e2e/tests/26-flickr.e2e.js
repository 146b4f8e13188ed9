'use strict';
/**
 * The FLICKR source in the dialog: Flickr's OAuth 1.0a sign-in in a popup (a request token first, kept by the
 * browser in a sealed cookie until the callback) against the reference server's cloud API, whose Flickr app points at
 * the loopback double of Flickr's OAuth endpoints, REST API and static hosts (server/test/doubles/flickr.ts, which
 * checks every call's signature; started by e2e/run.js with e2e/lib/cloudFiles.js: the album "Photos" holds
 * pixel.png, the album "Trips" a JPEG; the text file at the top is no photo, so Flickr has none). Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { oauthFlow } = require('../lib/oauthFlow');
const { showing } = require('../lib/cloudUi');
const { equal } = require('../lib/helpers');

test('FLICKR under a strict CSP: sign in through the popup (OAuth 1.0a), open All photos, pick (a link), pickAndStore from the album (a copy); bytes identical', async (ctx) => {
  const { dbl } = await oauthFlow(ctx, {
    service: 'FLICKR', source: 'flickr', tab: 'Flickr', client: 'flickr', double: 'flickr',
    grant: (c) => /oauth\/access_token$/.test(c), top: ['All photos', 'Photos', 'Trips'], crumbs: ['Flickr', 'All photos'], storePath: 'from-flickr/', what: 'the photo',
    beforeSignIn: async (_page, d) => {
      equal(d.calls.filter((c) => /request_token$/.test(c)).length, 0, 'no request token before the user signs in');
    },
    // the kept sign-in lists the top at once; the text file is no photo, so the album's photo is stored
    toText: async (page) => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await showing(page, 'pixel.png');
    },
    storesPicture: true,
    // the API tells no sizes: none listed; the link's size is the server's (one HEAD of the photo)
    sizeListed: false,
  });
  equal(dbl.badSignatures, 0, 'every call the double got was signed right');
  equal(dbl.authorizations[dbl.authorizations.length - 1].get('perms'), 'read');
});
