/** Entry of the browser bundle: polyfills first, then the library. The UMD wrapper exports `filepicker`. */
import './polyfills';
import filepicker from './index';

export default filepicker;
