/* global demo */
(function () {
  'use strict';
  // the widgets are built by the library itself; the page only listens to their change events
  ['pick-widget', 'drag-widget'].forEach(function (id) {
    document.getElementById(id).addEventListener('change', function (event) {
      demo.show(id + ' change', event.fpfiles || null);
    });
  });
})();
