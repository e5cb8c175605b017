export declare const chromiumPath: string;
export declare const hasChromium: boolean;
export declare const isCI: boolean;
export declare const CHROMIUM_INSTALL: string;
export declare const CHROMIUM_MISSING: string;
