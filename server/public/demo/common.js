/* global filepicker */
// Shared by the demo pages: set the key, show results and errors as text (never as HTML).
(function () {
  'use strict';
  filepicker.setKey('demo');
  var out = document.getElementById('output');
  window.demo = {
    show: function (label, value) {
      out.textContent += label + ': ' + JSON.stringify(value, null, 2) + '\n';
    },
    clear: function () {
      out.textContent = '';
    },
  };
})();
