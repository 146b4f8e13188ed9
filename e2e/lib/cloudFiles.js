'use strict';
/**
 * The files every OAuth source's double holds in the e2e run (e2e/run.js, tests/18 on), as paths in the provider:
 * a picture in a folder and a text file at the top, whose text names the provider (so a mix-up shows).
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** `label`: the provider as its tab names it, e.g. 'Dropbox'. */
function cloudFiles(label) {
  return {
    '/Photos/pixel.png': PNG,
    '/notes.txt': Buffer.from('notes kept in ' + label + '\n'),
  };
}

module.exports = { cloudFiles };
