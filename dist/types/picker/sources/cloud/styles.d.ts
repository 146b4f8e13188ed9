/** The cloud panel's rules (its sign-in form): they ship with its chunk and are applied through CSSOM when it is built. */
export declare const CLOUD_RULES: string[];
