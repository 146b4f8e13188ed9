/* Runs before the library on every e2e page: points it at this origin (the v2 way) and records CSP violations. */
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
window.filepicker = { hostname: location.origin };
