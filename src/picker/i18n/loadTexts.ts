import { TextBinder } from './binder';
import { fetchCustomText } from './customText';
import { loadLocale } from './registry';

/** The language table (and the page's customText) once loaded, while the dialog is `alive`. */
export function loadTexts(binder: TextBinder, lang: string, customText: string | undefined, env: { document: Document; window: Window }, alive: () => boolean): void {
  // loadLocale never rejects: a missing or unreachable table resolves undefined (the built-in English stays)
  void loadLocale(lang, env.document).then((table) => {
    if (table && alive()) {
      binder.translator.setLocale(table);
      binder.refresh();
    }
  });
  if (customText) {
    // fetchCustomText never rejects: any failure is one console warning and an empty table
    void fetchCustomText(customText, env.window).then((table) => {
      if (!alive()) return;
      binder.translator.setCustom(table);
      binder.refresh();
    });
  }
}
