'use strict';
/** The files of the Dropbox double (e2e/run.js, tests/18), as Dropbox paths. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const DROPBOX_FILES = {
  '/Photos/pixel.png': PNG,
  '/notes.txt': Buffer.from('notes kept in Dropbox\n'),
};
module.exports = { DROPBOX_FILES };
