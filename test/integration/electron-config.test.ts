// Packaging configuration: targets, the .pwb association, icons, and the native addon
// handling, checked against electron-builder's own schema so a typo cannot hide.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = join(__dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (no types of its own in this tree).
const yaml = require('js-yaml') as { load: (text: string) => unknown };

interface FileAssociation {
  ext: string;
  name: string;
  role?: string;
  icon?: string;
  mimeType?: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: FileAssociation[];
  icon: string;
  linux: { target: string[]; category: string; maintainer: string; icon?: string };
  win: { target: string[]; icon?: string };
  mac: { target: string[]; category: string; icon?: string };
  [key: string]: unknown;
}

const config = yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string; productName: string; scripts: Record<string, string>; dependencies: Record<string, string> };
const scheme = JSON.parse(readFileSync(join(repo, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: Record<string, unknown> }>;
};

describe('electron-builder.yml', () => {
  it('uses only options electron-builder knows', () => {
    expect(Object.keys(config).filter((k) => !(k in scheme.properties))).toEqual([]);
    const sections: [keyof BuilderConfig, string][] = [
      ['linux', 'LinuxConfiguration'],
      ['win', 'WindowsConfiguration'],
      ['mac', 'MacConfiguration'],
      ['nsis', 'NsisOptions'],
      ['deb', 'DebOptions'],
      ['electronFuses', 'FuseOptionsV1'],
    ];
    for (const [key, def] of sections) {
      const known = scheme.definitions[def].properties ?? {};
      expect(Object.keys(config[key] as object).filter((k) => !(k in known)), String(key)).toEqual([]);
    }
    for (const fa of config.fileAssociations) {
      expect(Object.keys(fa).filter((k) => !(k in (scheme.definitions.FileAssociation.properties ?? {})))).toEqual([]);
    }
  });

  it('passes electron-builder\'s own validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), linux: { targets: ['deb'] } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app and ships the build output and package.json', () => {
    expect(config.appId).toBe('org.policyworkbench.app');
    expect(config.productName).toBe(pkg.productName);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(pkg.scripts.dist).toContain('electron-builder.yml');
  });

  it('builds AppImage and deb, NSIS and dmg, with the right categories', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+ <[^@\s]+@[^@\s]+>/);
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('associates .pwb files as editable Policy Workbench projects, showing the app icon', () => {
    const pwb = config.fileAssociations.find((f) => f.ext === 'pwb');
    expect(pwb).toMatchObject({ name: 'Policy Workbench project', role: 'Editor' });
    // An association icon must be a ready .ico/.icns (electron-builder converts only the app icon).
    expect(pwb?.icon).toBeUndefined();
  });

  it('makes every platform icon from one square PNG that electron-builder can convert', () => {
    expect([config.linux.icon, config.win.icon, config.mac.icon]).toEqual([undefined, undefined, undefined]);
    expect(config.icon).toBe('resources/icon.png');
    expect(config.extraResources[0].from).toBe(config.icon);
    const png = readFileSync(join(repo, config.icon));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    // macOS needs at least 512 pixels for its .icns, Windows 256 for its .ico.
    expect(width).toBeGreaterThanOrEqual(512);
    expect(existsSync(join(repo, 'resources', 'icon.svg'))).toBe(true);
    // No hand-made .ico/.icns beside it: they would take precedence over the conversion.
    for (const ext of ['ico', 'icns']) expect(existsSync(join(repo, config.directories.buildResources, `icon.${ext}`)), ext).toBe(false);
  });

  it('keeps the SQLite addon outside the asar and does not rebuild it', () => {
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3') && p.endsWith('*.node'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
    // The N-API prebuilds that make the rebuild unnecessary are really there.
    expect(existsSync(join(repo, 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node'))).toBe(true);
  });

  it('switches off the fuses that would turn the app into a general Node runtime', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});

// The app ships out/ plus the production dependencies, and electron-vite leaves those
// out of the main bundle (it loads them from node_modules at run time). So every one of
// "dependencies" must be a package the main process, CLI or host imports; what only the
// renderer uses is bundled by Vite and belongs in devDependencies. (A devDependency the
// main side imports is bundled into out/main, as stopwords-iso's JSON list is.) The three
// entry points are bundled here with every package external, which lists what they import.
describe('run-time dependencies', () => {
  it('are all loaded by the main process, CLI or host (renderer-only libraries are devDependencies)', async () => {
    const result = await build({
      entryPoints: ['electron/index.ts', 'cli/index.ts', 'host/index.ts'].map((f) => join(repo, 'src', 'main', f)),
      bundle: true,
      write: false,
      outdir: join(repo, 'out', 'deps-check'),
      platform: 'node',
      format: 'esm',
      packages: 'external',
      metafile: true,
      logLevel: 'error',
    });
    const loaded = new Set<string>();
    for (const input of Object.values(result.metafile.inputs)) {
      for (const { path, external } of input.imports) {
        if (!external || path.startsWith('node:') || path === 'electron') continue;
        loaded.add(path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
      }
    }
    expect(loaded).toContain('better-sqlite3');
    expect(Object.keys(pkg.dependencies).filter((d) => !loaded.has(d))).toEqual([]);
  }, 60_000);
});
