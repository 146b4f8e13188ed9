export declare const BROWSE_RULES: string[];
