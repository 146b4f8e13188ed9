/* global filepicker, demo */
(function () {
  'use strict';
  // The seed's example (004): multiple images, stored to S3, progress on the console and on the page.
  document.getElementById('go').addEventListener('click', function () {
    demo.clear();
    filepicker.pickAndStore(
      { mimetype: 'image/*', multiple: true },
      { location: 'S3' },
      function (Blobs) { console.log(JSON.stringify(Blobs)); demo.show('onSuccess', Blobs); },
      function (error) { console.log(JSON.stringify(error)); demo.show('onError', { code: error.code, text: String(error) }); },
      function (progress) { console.log(JSON.stringify(progress)); demo.show('onProgress', progress); }
    );
  });
})();
