/* global filepicker, demo */
(function () {
  'use strict';
  document.getElementById('go').addEventListener('click', function () {
    demo.clear();
    filepicker.pick(
      { mimetype: 'image/*' },
      function (blob) { demo.show('onSuccess', blob); },
      function (error) { demo.show('onError', { code: error.code, text: String(error) }); },
      function (progress) { demo.show('onProgress', progress); }
    );
  });
})();
