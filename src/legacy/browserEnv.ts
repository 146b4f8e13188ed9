import { TranslateEnv } from '../options/types';

/** What the option translator needs from the browser: the user agent, home-screen mode and language. */
export function browserEnv(): TranslateEnv {
  if (typeof navigator === 'undefined') return {};
  const nav = navigator as Navigator & { standalone?: boolean; userLanguage?: string };
  return { userAgent: nav.userAgent, standalone: !!nav.standalone, language: nav.language || nav.userLanguage };
}
