/**
 * A message for every FPError code (COMPATIBILITY.md G5). v2 only had messages when `filepicker_debug.js` was loaded, and
 * none at all for some codes; ours always has one. Written by this team.
 */
export const FP_ERROR_MESSAGES: { [code: number]: string } = {
  101: 'The user closed the picker without choosing a file',
  102: 'The picker could not finish: the upload or the source failed',
  111: 'This browser cannot read local files',
  112: 'This browser cannot read from other domains',
  113: 'The site of the given URL does not let other sites read its data',
  114: 'The site of the given URL answered with an error',
  115: 'File not found',
  116: 'The file could not be read',
  117: 'Reading the file was aborted',
  118: 'Unknown error while reading',
  121: 'The file to write to cannot be found',
  122: 'The remote URL could not be reached',
  123: 'Unknown error while writing',
  131: 'The user closed the dialog without exporting a file',
  132: 'The export failed',
  141: 'The file to convert cannot be found',
  142: 'The file cannot be converted with the requested parameters',
  143: 'Unknown error while converting the file',
  151: 'The file store cannot be reached',
  152: 'The remote URL could not be reached',
  153: 'Unknown error while storing',
  161: 'The file cannot be found',
  162: 'Error while fetching metadata',
  163: 'Unknown error while fetching metadata',
  171: 'The file cannot be found, and may have already been deleted',
  172: 'The underlying content store cannot be reached',
  173: 'Unknown error while removing',
  400: 'Invalid request to the server - do you need to pass a security policy and signature?',
  403: 'Not authorized to make this request',
};

export function messageForCode(code: number): string {
  return FP_ERROR_MESSAGES[code] || 'Error ' + code;
}
