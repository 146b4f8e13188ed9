/** v2's public key order (spec §3, probe p1). Members are plain functions; the value members come last. */
export const ORDER = ['errors', 'setKey', 'setResponsiveOptions', 'pick', 'pickFolder', 'pickMultiple', 'pickAndStore', 'read', 'write', 'writeUrl', 'export', 'exportFile', 'processImage', 'store', 'storeUrl', 'stat', 'metadata', 'remove', 'convert', 'constructWidget', 'makeDropPane', 'FilepickerException', 'responsive', 'logout', 'version', 'services', 'base64'];

/** The members of ORDER that are not functions. */
export const VALUE_MEMBERS = ['errors', 'FilepickerException', 'version', 'services', 'base64'];
