import { TranslateEnv } from '../options/types';
/** What the option translator needs from the browser: the user agent, home-screen mode and language. */
export declare function browserEnv(): TranslateEnv;
