'use strict';
/**
 * The files every OAuth source's double holds in the e2e run (e2e/run.js, tests/18 on), as paths in the provider:
 * a picture in a folder and a text file at the top, whose text names the provider (so a mix-up shows). The sources
 * that hold only pictures and films (Facebook, Instagram) get a second album instead of the text file (`albumFiles`).
 */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** An 8×8 JPEG (made with sharp), larger than the PNG. */
const JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCIBQBH/9k=',
  'base64',
);

/** `label`: the provider as its tab names it, e.g. 'Dropbox'. */
function cloudFiles(label) {
  return {
    '/Photos/pixel.png': PNG,
    '/notes.txt': Buffer.from('notes kept in ' + label + '\n'),
  };
}

/**
 * cloudFiles() and a second album, `/Trips/<name>`, whose file is of another type than the picture and larger than it:
 * the JPEG above (`sunset.jpg`), or bytes standing for a film (`clip.mp4`, never played).
 */
function albumFiles(label, name) {
  const bytes = /\.mp4$/.test(name) ? Buffer.from('a film kept in ' + label + ', standing for MP4 bytes '.repeat(4)) : JPEG;
  return Object.assign(cloudFiles(label), { ['/Trips/' + name]: bytes });
}

module.exports = { cloudFiles, albumFiles };
