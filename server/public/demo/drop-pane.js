/* global filepicker, demo */
(function () {
  'use strict';
  var pane = document.getElementById('pane');
  filepicker.makeDropPane(pane, {
    multiple: true,
    maxFiles: 3,
    maxSize: 10 * 1024 * 1024,
    dragEnter: function () { pane.className = 'pane over'; },
    dragLeave: function () { pane.className = 'pane'; },
    onStart: function (files) { pane.className = 'pane'; demo.clear(); demo.show('onStart', files.length + ' file(s)'); },
    onProgress: function (percentage) { pane.textContent = 'Uploading: ' + percentage + '%'; },
    onSuccess: function (blobs) { pane.textContent = 'Drop files here'; demo.show('onSuccess', blobs); },
    onError: function (type, message) { pane.textContent = 'Drop files here'; demo.show('onError', { type: type, message: message }); },
  });
})();
