// Points the library at this server, the v2 way: set before /dist/filepicker.js loads.
window.filepicker = { hostname: location.origin };
