export declare function findElectronBinary(env?: NodeJS.ProcessEnv): string | null;
export declare const ELECTRON_MISSING_MESSAGE: string;
