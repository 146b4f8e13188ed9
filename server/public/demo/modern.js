/* global filepicker, demo */
(function () {
  'use strict';
  var client = filepicker.init('demo', undefined, { hosts: location.origin });
  var buttons = { pause: document.getElementById('pause'), resume: document.getElementById('resume'), cancel: document.getElementById('cancel') };
  var progress = document.getElementById('progress');
  var percent = document.getElementById('percent');
  var token = {};
  function enable(running) {
    buttons.pause.disabled = !running;
    buttons.resume.disabled = !running;
    buttons.cancel.disabled = !running;
  }
  Object.keys(buttons).forEach(function (name) {
    buttons[name].addEventListener('click', function () {
      demo.show('token', name);
      token[name]();
    });
  });
  document.getElementById('file').addEventListener('change', function (event) {
    var file = event.target.files[0];
    // emptied, so that choosing the same file again starts another upload
    event.target.value = '';
    if (!file) return;
    demo.clear();
    token = {};
    enable(true);
    progress.value = 0;
    client.upload(file, {
      onProgress: function (e) {
        progress.value = e.totalPercent;
        percent.textContent = e.totalPercent + '% (' + e.totalBytes + ' of ' + e.size + ' bytes)';
      },
    }, { location: 's3', path: 'modern-demo/' }, token).then(function (stored) {
      enable(false);
      demo.show('stored', stored);
    }, function (error) {
      enable(false);
      demo.show('rejected', { name: error.name, message: error.message });
    });
  });
})();
