/* global filepicker, demo */
(function () {
  'use strict';
  document.getElementById('go').addEventListener('click', function () {
    demo.clear();
    filepicker.pickMultiple(
      { services: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', customSourceContainer: 'fp-custom-source', customSourcePath: 'documents' },
      function (blobs) { demo.show('onSuccess', blobs); },
      function (error) { demo.show('onError', { code: error.code, text: String(error) }); },
      function (progress) { demo.show('onProgress', progress); }
    );
  });
})();
