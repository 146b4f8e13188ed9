import { Modal } from './Modal';

function setup() {
  const opener = document.createElement('button');
  opener.textContent = 'open';
  document.body.appendChild(opener);
  opener.focus();
  const root = document.createElement('div');
  const title = document.createElement('h2');
  title.id = 'm-title';
  const first = document.createElement('button');
  const middle = document.createElement('input');
  const last = document.createElement('button');
  root.append(title, first, middle, last);
  document.body.appendChild(root);
  const onEscape = jest.fn();
  const modal = new Modal(root, { labelledBy: 'm-title', describedBy: 'm-desc', onEscape });
  return { opener, root, first, middle, last, onEscape, modal };
}

const press = (target: Element, key: string, shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('Modal', () => {
  test('sets the dialog ARIA once', () => {
    const { root } = setup();
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-modal')).toBe('true');
    expect(root.getAttribute('aria-labelledby')).toBe('m-title');
    expect(root.getAttribute('aria-describedby')).toBe('m-desc');
    expect(root.getAttribute('tabindex')).toBe('-1');
  });

  test('show() moves focus in; hide() and destroy() give it back to the element that had it', () => {
    const { opener, first, last, modal } = setup();
    modal.show();
    expect(document.activeElement).toBe(first);
    modal.hide();
    expect(document.activeElement).toBe(opener);
    modal.show(last);
    expect(document.activeElement).toBe(last);
    modal.destroy();
    expect(document.activeElement).toBe(opener);
  });

  test('show() leaves focus alone when it is already inside; returnFocus overrides the saved element', () => {
    const other = document.createElement('button');
    document.body.appendChild(other);
    const root = document.createElement('div');
    const a = document.createElement('button');
    const b = document.createElement('button');
    root.append(a, b);
    document.body.appendChild(root);
    b.focus();
    const modal = new Modal(root, { labelledBy: 'x', onEscape: () => undefined, returnFocus: other });
    modal.show();
    expect(document.activeElement).toBe(b);
    modal.destroy();
    expect(document.activeElement).toBe(other);
  });

  test('focus is not given back to an element that left the document', () => {
    const { opener, modal } = setup();
    modal.show();
    opener.remove();
    const active = document.activeElement;
    modal.destroy();
    expect(document.activeElement).toBe(active);
  });

  test('Tab and Shift+Tab cycle inside the dialog', () => {
    const { first, last, modal } = setup();
    modal.show();
    last.focus();
    const tab = press(last, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    press(first, 'Tab', true);
    expect(document.activeElement).toBe(last);
  });

  test('focus that wanders out of the dialog comes back; a key pressed with focus lost still counts', () => {
    const { opener, first, onEscape, modal } = setup();
    modal.show();
    opener.focus();
    expect(document.activeElement).toBe(first);
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    press(document.body, 'Tab');
    expect(document.activeElement).toBe(first);
    press(document.body, 'Escape');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  test('Escape goes to the owner (once per press, default prevented); other keys are left alone', () => {
    const { middle, onEscape, modal } = setup();
    modal.show();
    const e = press(middle, 'Escape');
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(onEscape.mock.calls[0][0]).toBe(e);
    expect(e.defaultPrevented).toBe(true);
    press(middle, 'Esc');
    expect(onEscape).toHaveBeenCalledTimes(2);
    expect(press(middle, 'a').defaultPrevented).toBe(false);
  });

  test('keys and focus are not held before show() or after hide()', () => {
    const { opener, middle, onEscape, modal } = setup();
    press(middle, 'Escape');
    expect(onEscape).not.toHaveBeenCalled();
    modal.show();
    modal.hide();
    press(middle, 'Escape');
    expect(onEscape).not.toHaveBeenCalled();
    opener.focus();
    expect(document.activeElement).toBe(opener);
  });

  test('destroy() removes every listener it added', () => {
    const added: Array<[EventTarget, string, unknown]> = [];
    const removed: Array<[EventTarget, string, unknown]> = [];
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const addSpy = jest.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | AddEventListenerOptions) {
      added.push([this, type, fn]);
      return add.call(this, type, fn, opts);
    });
    const removeSpy = jest.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | EventListenerOptions) {
      removed.push([this, type, fn]);
      return remove.call(this, type, fn, opts);
    });
    try {
      const { opener, middle, onEscape, modal } = setup();
      expect(added.length).toBeGreaterThanOrEqual(3);
      modal.show();
      modal.destroy();
      expect(removed).toEqual(added);
      // nothing is heard any more, and show() does not come back
      modal.show();
      press(middle, 'Escape');
      expect(onEscape).not.toHaveBeenCalled();
      opener.focus();
      expect(document.activeElement).toBe(opener);
    } finally {
      addSpy.mockRestore();
      removeSpy.mockRestore();
    }
  });
  test('a second modal shown over the first holds focus alone; when it hides, the first holds it again', () => {
    const a = setup();
    a.modal.show();
    const b = setup();
    b.modal.show();
    expect(document.activeElement).toBe(b.first);
    // focus going to the first dialog is brought back to the one on top, once: no trap fights the other
    a.middle.focus();
    expect(document.activeElement).toBe(b.first);
    expect(a.onEscape).not.toHaveBeenCalled();
    press(b.first, 'Escape');
    expect(b.onEscape).toHaveBeenCalledTimes(1);
    press(a.first, 'Escape');
    expect(a.onEscape).not.toHaveBeenCalled();
    b.modal.destroy();
    a.middle.focus();
    expect(document.activeElement).toBe(a.middle);
    a.opener.focus();
    expect(a.root.contains(document.activeElement)).toBe(true);
    a.modal.destroy();
  });
});
