/* global filepicker, demo */
(function () {
  'use strict';
  function onError(step) {
    return function (error) { demo.show(step + ' onError', { code: error.code, text: String(error) }); };
  }
  document.getElementById('go').addEventListener('click', function () {
    demo.clear();
    filepicker.store('Hello from the REST demo', { filename: 'hello.txt' }, function (blob) {
      demo.show('store', blob);
      filepicker.read(blob, function (text) {
        demo.show('read', text);
        filepicker.stat(blob, { size: true, mimetype: true, filename: true }, function (meta) {
          demo.show('stat', meta);
          filepicker.write(blob, 'Written over by the REST demo', function (written) {
            demo.show('write', written);
            filepicker.read(written, function (again) {
              demo.show('read again', again);
              filepicker.remove(written, function () { demo.show('remove', 'done'); }, onError('remove'));
            }, onError('read again'));
          }, onError('write'));
        }, onError('stat'));
      }, onError('read'));
    }, onError('store'));
  });
})();
