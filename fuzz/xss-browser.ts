// The browser side of the XSS campaign: headless Chromium loads the preview and every
// exported page and counts what ran. Two kinds of finding, both a failure:
//   ran     a payload executed (its __xss(N) call, a dialog, a load from outside the
//           export, a navigation away, a Content-Security-Policy violation: markup the
//           page's policy had to stop means markup got in)
//   latent  live markup a payload could run from on a click or a hover: an on* attribute,
//           a javascript:/data: link, a foreign frame, script, base or refresh
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { root } from './common';
import { BEACON, MARKER } from './xss-payloads';

export const CHROMIUM = process.env.PWB_CHROMIUM ?? '/usr/bin/chromium';

/** Markup checks run inside the page (and each of its frames); self-contained, it is serialised. */
function scanDocument(markerSource: string): string[] {
  const marker = new RegExp(markerSource);
  const out: string[] = [];
  // Attributes that load or submit: a payload's marker in one is a load from outside.
  const loads = new Set(['src', 'srcset', 'data', 'poster', 'background', 'action', 'formaction', 'codebase', 'dynsrc', 'lowsrc', 'ping']);
  const urls = new Set([...loads, 'href', 'xlink:href', 'cite']);
  // Tags the exports write only bare; one that carries a payload's marker was planted.
  const planted = new Set(['script', 'style', 'svg', 'math', 'template', 'noscript', 'form', 'button', 'input', 'textarea', 'select', 'marquee', 'link', 'meta', 'video', 'audio', 'source']);
  const never = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
  const safeScheme = /^(?:https?|mailto|file)$/i;
  const describe = (el: Element) => el.outerHTML.slice(0, 160);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (never.has(tag)) out.push(`a <${tag}> element: ${describe(el)}`);
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) out.push(`a refresh: ${describe(el)}`);
    if ((tag === 'script' || tag === 'style') && marker.test(el.textContent ?? '')) out.push(`a planted <${tag}>: ${describe(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push(`an event handler ${name}: ${describe(el)}`);
      if (name === 'srcdoc') out.push(`srcdoc: ${describe(el)}`);
      if (name === 'style' && marker.test(attr.value)) out.push(`a planted style: ${describe(el)}`);
      if (planted.has(tag) && marker.test(attr.value)) out.push(`a planted <${tag}>: ${describe(el)}`);
      if (urls.has(name)) {
        // As the browser reads it: control characters and spaces inside a scheme are dropped.
        // eslint-disable-next-line no-control-regex -- the very characters a browser drops from a URL
        const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
        const image = tag === 'img' && name === 'src' && /^data:image\//i.test(value);
        if (scheme && !safeScheme.test(scheme) && !image) out.push(`a ${scheme}: URL in ${name}: ${describe(el)}`);
        if (loads.has(name) && marker.test(attr.value)) out.push(`a load from outside in ${name}: ${describe(el)}`);
      }
    }
  }
  return out;
}

/** Part names and problems of an Office Open XML file's parts, checked with the browser's XML parser. */
function scanDocxParts(parts: { name: string; xml: string }[], markerSource: string): string[] {
  const marker = new RegExp(markerSource);
  const out: string[] = [];
  for (const { name, xml } of parts) {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      out.push(`${name} is not well-formed XML (markup got in)`);
      continue;
    }
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      const local = el.localName;
      if (local === 'Relationship') {
        const target = el.getAttribute('Target') ?? '';
        const external = el.getAttribute('TargetMode') === 'External';
        // eslint-disable-next-line no-control-regex -- spaces and controls a reader drops from a link
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target.replace(/[\u0000-\u0020]/g, ''))?.[1];
        if (external && scheme && !/^(?:https?|mailto)$/i.test(scheme)) out.push(`${name}: a ${scheme}: link ${target.slice(0, 100)}`);
        if (external && !/hyperlink$/.test(el.getAttribute('Type') ?? '')) out.push(`${name}: an external ${el.getAttribute('Type')} ${target.slice(0, 100)}`);
      }
      if (local === 'instrText' && marker.test(el.textContent ?? '')) out.push(`${name}: a planted field ${el.textContent?.slice(0, 100)}`);
      if (Array.from(el.attributes).some((a) => a.localName === 'instr' && marker.test(a.value))) out.push(`${name}: a planted field`);
      if (local === 'altChunk' || local === 'OLEObject' || local === 'object') out.push(`${name}: an embedded <${local}>`);
    }
  }
  return out;
}

/**
 * A call of `fn` as page source. As text, because the TypeScript loader may wrap inner
 * functions in a helper (`__name`) the page does not have; the shim stands in for it.
 */
function inPage(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')}); })()`;
}

// Before any script of the page: the payloads' own call, the dialogs, and the page's CSP
// reports. And `__name`: this campaign runs under tsx, whose loader wraps inner functions in
// it, and the site's script is a function's own source (built code has no such calls).
const INIT_SCRIPT = `
  window.__name = (f) => f;
  window.__xss = (n) => window.__pwbRan('__xss(' + n + ')');
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (n) => window.__pwbRan(name + '(' + n + ')');
  document.addEventListener('securitypolicyviolation', (e) => window.__pwbRan("blocked by the page's CSP (" + e.violatedDirective + '): ' + e.blockedURI + ' ' + e.sample), true);
`;

export interface Finding {
  where: string;
  kind: 'ran' | 'latent' | 'page-error';
  what: string;
}

/** One browser for the campaign, one page, hooks on it; `load` and `check` say what each page did. */
export class XssBrowser {
  private current = '';
  private allowed = '';
  private findings: Finding[] = [];
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async launch(): Promise<XssBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    const self = new XssBrowser(browser, page);
    await page.exposeFunction('__pwbRan', (what: string) => self.hit('ran', String(what)));
    await page.addInitScript(INIT_SCRIPT);
    page.on('dialog', (d) => {
      self.hit('ran', `a ${d.type()} dialog: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (err) => self.hit('page-error', err.message.slice(0, 200)));
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('about:') || (self.allowed && url.startsWith(self.allowed))) return;
      self.hit('ran', `a load from outside: ${url.slice(0, 160)}`);
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return self.hit('ran', `a frame navigated to ${frame.url().slice(0, 160)}`);
      const url = frame.url();
      if (url !== 'about:blank' && !(self.allowed && url.startsWith(self.allowed))) self.hit('ran', `navigated away to ${url.slice(0, 160)}`);
    });
    return self;
  }

  private hit(kind: Finding['kind'], what: string): void {
    this.findings.push({ where: this.current, kind, what });
  }

  /** Files under `dir` may load each other; everything else is a load from outside. */
  allow(dir: string): void {
    this.allowed = pathToFileURL(dir).href;
  }

  /** Loads an exported page, lets it settle, runs `interact`, and scans every frame. */
  async visit(file: string, label: string, interact?: (page: Page, scan: () => Promise<void>) => Promise<void>): Promise<void> {
    this.current = label;
    try {
      await this.page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 20_000 });
      await this.page.waitForTimeout(20);
      await this.scan();
      if (interact) await interact(this.page, () => this.scan());
    } catch (err) {
      this.hit('page-error', `did not load: ${err instanceof Error ? err.message.slice(0, 200) : String(err)}`);
    }
  }

  /** The preview of each section, as the workbench shows it, all in one page. */
  async preview(bundle: string, sections: { label: string; body: string; references: unknown[] }[], language: string): Promise<void> {
    this.current = 'preview';
    await this.page.goto('about:blank');
    await this.page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><main id="root"></main></body></html>');
    await this.page.addScriptTag({ content: bundle });
    const problems = await this.page.evaluate(
      ({ list, lang }) => {
        const rootEl = document.getElementById('root')!;
        const render = (window as unknown as { pwbPreview: (b: string, r: unknown[], l: string) => string }).pwbPreview;
        const errors: string[] = [];
        for (const s of list) {
          const div = document.createElement('div');
          div.dataset.section = s.label;
          // As React's dangerouslySetInnerHTML does.
          try {
            div.innerHTML = render(s.body, s.references, lang);
          } catch (err) {
            errors.push(`${s.label}: ${String(err)}`);
          }
          rootEl.append(div);
        }
        return errors;
      },
      { list: sections, lang: language },
    );
    for (const p of problems) this.hit('page-error', `the preview threw: ${p}`);
    await this.page.waitForTimeout(100);
    await this.scan();
  }

  async checkDocx(label: string, parts: { name: string; xml: string }[]): Promise<void> {
    this.current = label;
    const found = await this.page.evaluate<string[]>(inPage(scanDocxParts, parts, MARKER.source)).catch((e: unknown) => [`could not check: ${String(e)}`]);
    for (const what of found) {
      this.hit('latent', what);
    }
  }

  async scan(): Promise<void> {
    for (const frame of this.page.frames()) {
      const found = await frame.evaluate<string[]>(inPage(scanDocument, MARKER.source)).catch(() => [] as string[]);
      for (const what of found) this.hit('latent', frame === this.page.mainFrame() ? what : `in a frame: ${what}`);
    }
  }

  /**
   * The detector checked on pages known to be bad, before it is trusted with the exports:
   * a campaign whose detector sees nothing would pass whatever the app does.
   */
  async selfTest(dir: string): Promise<void> {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'canary.html');
    fs.writeFileSync(
      file,
      '<!doctype html><meta charset="utf-8"><img src=x onerror=__xss(1)><a href=" java\tscript:__xss(2)">a</a><script>alert(3)</script>' +
        `<img src="${BEACON}4.png"><p title="__xss(5)">harmless: <b>&lt;script&gt;__xss(5)&lt;/script&gt;</b></p>`,
    );
    this.allow(dir);
    await this.visit(file, 'canary');
    await this.checkDocx('canary docx', [
      { name: 'rels', xml: '<Relationships><Relationship Id="r" Type="x/hyperlink" Target="javascript:__xss(6)" TargetMode="External"/></Relationships>' },
      { name: 'doc', xml: '<w:document xmlns:w="w"><w:t>a</w:t></w:t></w:document>' },
    ]);
    const seen = this.take().map((f) => `${f.kind} ${f.what}`);
    const expected = [/^ran __xss\(1\)/, /^latent a javascript: URL in href/, /^ran alert\(3\)/, /^ran a load from outside: http:\/\/127\.0\.0\.1:9\/4\.png/, /^latent rels: a javascript: link/, /^latent doc is not well-formed/];
    const missed = expected.filter((re) => !seen.some((s) => re.test(s)));
    const extra = seen.filter((s) => /__xss\(5\)/.test(s));
    if (missed.length > 0 || extra.length > 0) throw new Error(`the XSS detector is broken: missed ${missed.join(', ') || 'nothing'}; flagged harmless ${extra.join(', ') || 'nothing'}; saw ${JSON.stringify(seen)}`);
  }

  /** What was found since the last call. */
  take(): Finding[] {
    return this.findings.splice(0);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The preview's code (renderer + sanitiser, as the workbench runs it) bundled for the page. */
export async function previewBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const entry = path.join(root, 'fuzz', 'xss-preview-entry.ts');
  const built = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'iife', target: 'chrome120', logLevel: 'silent' });
  return built.outputFiles[0].text;
}

export function chromiumMissing(): string | null {
  return fs.existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set PWB_CHROMIUM)`;
}
