'use strict';
/** The files of the Google Drive double (e2e/run.js, tests/19), as Drive paths (the double gives them ids). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const DRIVE_FILES = {
  '/Photos/pixel.png': PNG,
  '/notes.txt': Buffer.from('notes kept in Google Drive\n'),
};
module.exports = { DRIVE_FILES };
