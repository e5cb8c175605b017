export declare const root: string;
export declare const BUILD_OUTPUTS: string[];
export declare function staleReason(dir?: string): string | null;
export declare function ensureBuild(options?: { quiet?: boolean; dir?: string }): boolean;
