export interface Opener {
  command: string;
  args: string[];
}
export declare const FALLBACK_REASON: string;
export declare function browserOpener(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): Opener | null;
export declare function hostInfo(line: string): { url: string; port: number; dataDir: string } | null;
export declare function runInBrowser(options: {
  hostEntry: string;
  args?: string[];
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  open?: (url: string, opener: Opener, log: (line: string) => void) => void;
  signals?: NodeJS.EventEmitter;
}): Promise<number>;
