// Script payloads for the XSS campaign. Every payload carries its own number: run, it
// calls `__xss(N)` (or alert(N), or fetches http://127.0.0.1:9/N), so a run names the
// payload and the place it came through. Places are the parts of a report a colleague
// writes: heading, agreement, body, reference title and link, file and folder names.
import type { Rng } from './common';
import { pick } from './common';

/** Where in a report a payload goes; `line` places hold one line, `url` is a reference's link. */
export type Place = 'heading' | 'agreement' | 'body' | 'title' | 'url' | 'name' | 'folder';

/** The address a payload loads from when it cannot run a script (nothing listens there). */
export const BEACON = 'http://127.0.0.1:9/';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Markup and script, as they would be written in HTML. */
const HTML: ((n: number) => string)[] = [
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<img src=x onerror=__xss(${n})>`,
  (n) => `<svg onload=__xss(${n})>`,
  (n) => `<svg><script>__xss(${n})</script></svg>`,
  (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text y="20">x</text></a></svg>`,
  (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`,
  (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`,
  (n) => `<iframe src="javascript:parent.__xss(${n})"></iframe>`,
  (n) => `<details open ontoggle=__xss(${n})>`,
  (n) => `<input autofocus onfocus=__xss(${n})>`,
  (n) => `<body onload=__xss(${n})>`,
  (n) => `<a href="javascript:__xss(${n})">klik</a>`,
  (n) => `<a href="jav&#x09;ascript:__xss(${n})">klik</a>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n})>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n})>">`,
  (n) => `<style>@import "${BEACON}${n}.css";</style>`,
  (n) => `<div style="background:url(${BEACON}${n})">x</div>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`,
  (n) => `<object data="javascript:__xss(${n})"></object>`,
  (n) => `<embed src="javascript:__xss(${n})">`,
  (n) => `<base href="javascript:__xss(${n})//">`,
  (n) => `<form action="javascript:__xss(${n})"><button autofocus>x</button></form>`,
  (n) => `<link rel=stylesheet href=${BEACON}${n}.css>`,
  (n) => `<video><source onerror=__xss(${n})></video>`,
  (n) => `<marquee onstart=__xss(${n})>x</marquee>`,
  (n) => `<x onclick=__xss(${n})>klik</x>`,
  (n) => `<template><img src=x onerror=__xss(${n})></template>`,
  (n) => `<script src="data:text/javascript,__xss(${n})"></script>`,
  (n) => `"><script>__xss(${n})</script>`,
  (n) => `'><img src=x onerror=__xss(${n})>`,
  (n) => `" onmouseover="__xss(${n})" x="`,
  (n) => `' autofocus onfocus='__xss(${n})`,
  (n) => `</p></details><script>__xss(${n})</script>`,
  (n) => `</summary><img src=x onerror=__xss(${n})>`,
  (n) => `</textarea><script>__xss(${n})</script>`,
  (n) => `</title><script>__xss(${n})</script>`,
  (n) => `</style><script>__xss(${n})</script>`,
  (n) => `--><script>__xss(${n})</script>`,
  (n) => `]]><script>__xss(${n})</script>`,
  (n) => `</script><script>__xss(${n})</script>`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}`,
  (n) => `\${__xss(${n})}`,
  (n) => `<img src=x onerror=alert(${n})>`,
  (n) => `<img src="${BEACON}${n}.png">`,
];

/** HTML entities and unicode look-alikes: harmless unless something decodes twice. */
const ENCODED: ((n: number) => string)[] = [
  (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`,
  (n) => `&#x3C;img src=x onerror=__xss(${n})&#x3E;`,
  (n) => `&#60;svg onload=__xss(${n})&#62;`,
  (n) => `&amp;lt;img src=x onerror=__xss(${n})&amp;gt;`,
  (n) => `\uff1cscript\uff1e__xss(${n})\uff1c/script\uff1e`,
  (n) => `<scr\u200bipt>__xss(${n})</scr\u200bipt>`,
  (n) => `<\u017fcript>__xss(${n})</\u017fcript>`,
  (n) => `\u202e>tpircs/<)${n}(ssx__>tpircs<`,
  (n) => `<img src=x one\u0000rror=__xss(${n})>`,
  (n) => `\u2028<img src=x onerror=__xss(${n})>\u2029`,
  (n) => `\\u003cimg src=x onerror=__xss(${n})\\u003e`,
  (n) => `%3Cscript%3E__xss(${n})%3C/script%3E`,
];

/** Markdown's own ways to a link, an image or raw HTML. */
const MARKDOWN: ((n: number) => string)[] = [
  (n) => `[klik](javascript:__xss(${n}))`,
  (n) => `[klik](JaVaScRiPt:__xss(${n}))`,
  (n) => `[klik](<javascript:__xss(${n})>)`,
  (n) => `[klik](&#106;avascript:__xss(${n}))`,
  (n) => `[klik](javascript&colon;__xss(${n}))`,
  (n) => `[klik](%6Aavascript:__xss(${n}))`,
  (n) => `[klik](java\u200bscript:__xss(${n}))`,
  (n) => `[klik](vbscript:__xss(${n}))`,
  (n) => `[klik](data:text/html;base64,${b64(`<script>parent.__xss(${n})</script>`)})`,
  (n) => `[klik](data:text/html,<script>parent.__xss(${n})</script>)`,
  (n) => `[klik](#" onmouseover="__xss(${n}))`,
  (n) => `[klik](https://a.example/"onmouseover="__xss(${n}))`,
  (n) => `[klik](https://a.example/ "title\\" onmouseover=\\"__xss(${n})")`,
  (n) => `[<img src=x onerror=__xss(${n})>](https://a.example)`,
  (n) => `![x](javascript:__xss(${n}))`,
  (n) => `![x"onerror="__xss(${n})](x)`,
  (n) => `![x](${BEACON}${n}.png)`,
  (n) => `![x](x" onerror="__xss(${n}))`,
  (n) => `<javascript:__xss(${n})>`,
  (n) => `<${BEACON}${n}>`,
  (n) => `[klik][r${n}]\n\n[r${n}]: javascript:__xss(${n})`,
  (n) => `[r${n}]\n\n[r${n}]: <javascript:__xss(${n})> "t"`,
  (n) => `\`<script>__xss(${n})</script>\``,
  (n) => `\`\`\`html\n</code></pre><script>__xss(${n})</script>\n\`\`\``,
  (n) => `    <img src=x onerror=__xss(${n})>`,
  (n) => `> <img src=x onerror=__xss(${n})>`,
  (n) => `* [klik](javascript:__xss(${n}))`,
  (n) => `# <svg onload=__xss(${n})>`,
  (n) => `<div>\n<img src=x onerror=__xss(${n})>\n</div>`,
  (n) => `<!-- --><img src=x onerror=__xss(${n})> -->`,
  (n) => `[\\[1\\]](javascript:__xss(${n}))`,
  (n) => `\\[1\\]<img src=x onerror=__xss(${n})>`,
  (n) => `| a | b |\n|---|---|\n| <img src=x onerror=__xss(${n})> | [x](javascript:__xss(${n})) |`,
];

/** Reference links: the one place the format holds a URL of its own. */
const URLS: ((n: number) => string)[] = [
  (n) => `javascript:__xss(${n})`,
  (n) => `JAVASCRIPT:__xss(${n})`,
  (n) => `javascript://beslissingenvlaamseregering.vlaanderen.be/%0A__xss(${n})`,
  (n) => `java\tscript:__xss(${n})`,
  (n) => `data:text/html;base64,${b64(`<script>parent.__xss(${n})</script>`)}`,
  (n) => `vbscript:__xss(${n})`,
  (n) => `https://a.example/"onmouseover="__xss(${n})`,
  (n) => `https://a.example/'><script>__xss(${n})</script>`,
  (n) => `https://a.example/?search=%3Cscript%3E__xss(${n})%3C%2Fscript%3E`,
  (n) => `${BEACON}${n}`,
  (n) => `//a.example/${n}`,
  (n) => `#" onfocus="__xss(${n})" autofocus="`,
];

const ALL_TEXT = [...HTML, ...ENCODED, ...MARKDOWN];

/** A payload for `place`, with number `n`; what it is, for the failure line. */
export function payloadFor(place: Place, n: number, rng: Rng): string {
  if (place === 'url') return pick(rng, URLS)(n);
  const text = pick(rng, place === 'body' ? ALL_TEXT : [...HTML, ...ENCODED])(n);
  // Names may not hold what a file name on any disk cannot (the file-name rules refuse
  // `< > : " | ? * / \`): what is left of a payload tries the rest, entities included.
  if (place === 'name' || place === 'folder') return text.replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', "'").replace(/[:|?*/\\\n]/g, '');
  // The agreement is one <p> in the file; a literal "</p>" would end it (the format refuses that), "</P>" still ends it for a browser.
  if (place === 'agreement') return text.replaceAll('</p>', '</P>').replaceAll('\n', ' ');
  return place === 'body' ? text : text.replaceAll('\n', ' ');
}

/** The marker every payload leaves in markup: where it is found in live markup, it got through. */
export const MARKER = /__xss|127\.0\.0\.1:9/;
