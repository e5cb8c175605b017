export declare function skipReasons(report: unknown): Array<{ reason: string; count: number }>;
