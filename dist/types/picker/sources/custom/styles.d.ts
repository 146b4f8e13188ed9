export declare const CUSTOM_RULES: string[];
