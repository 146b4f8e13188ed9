'use strict';
/**
 * The INSTAGRAM source in the dialog: Instagram Login in a popup against the reference server's cloud API, whose
 * Instagram app points at the loopback double of Instagram Login, Instagram's Graph API and its CDN
 * (server/test/doubles/instagram.ts, started by e2e/run.js with e2e/lib/cloudFiles.js: the folder "Photos" is a
 * carousel album holding pixel.png, which Instagram names by its id as it gives carousel items no caption, "Trips" one
 * holding a film; the text file at the top is no media, so Instagram has none). Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { equal } = require('../lib/helpers');
const { oauthFlow } = require('../lib/oauthFlow');
const { showing } = require('../lib/cloudUi');

test('INSTAGRAM under a strict CSP: sign in through the popup, open a carousel, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const pixel = ctx.doubles.instagram.idOf('/Photos/pixel.png') + '.jpg';
  await oauthFlow(ctx, {
    service: 'INSTAGRAM', source: 'instagram', tab: 'Instagram', client: 'instagram', double: 'instagram',
    grant: (c) => /oauth\/access_token$/.test(c), top: ['Photos', 'Trips'], crumbs: ['Instagram', 'Photos'], storePath: 'from-instagram/', what: 'the media',
    // media are named by id, served as JPEG
    picture: { name: pixel, mimetype: 'image/jpeg' },
    afterPick: (out, ig) => equal(ig.authorizations[ig.authorizations.length - 1].get('scope'), 'instagram_business_basic'),
    // the kept sign-in lists at once; the text file is no media, so the carousel's picture is stored
    toText: async (page) => {
      await page.keyboard.press('Enter');
      await showing(page, pixel);
    },
    storesPicture: true,
    // the API tells no sizes: none listed; the link's size is the server's (one HEAD of the photo)
    sizeListed: false,
  });
});
