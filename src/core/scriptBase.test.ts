/** The library's folder: given by the ES module build's entry (import.meta.url), it wins over looking at scripts. */
import { scriptBase, setScriptBase } from './scriptBase';

describe('setScriptBase', () => {
  it('takes the folder of the given URL (query and fragment dropped), and scriptBase() keeps it', () => {
    const s = document.createElement('script');
    s.src = 'https://elsewhere.test/lib/filepicker.js';
    document.head.appendChild(s);
    setScriptBase('https://cdn.test/pkg/dist/filepicker.mjs?v=1#x');
    expect(scriptBase()).toBe('https://cdn.test/pkg/dist/');
    expect(scriptBase()).toBe('https://cdn.test/pkg/dist/');
  });
});
