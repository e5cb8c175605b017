// Escaping and link vetting shared by every renderer in this folder. Everything a user typed
// goes through escapeHtml before it reaches markup, attribute values included.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

// Browsers drop tabs and newlines inside URLs and trim surrounding whitespace, so a URL with
// any of these could read differently to the browser than to us: refuse it outright.
function hasControlOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
const ALLOWED_HREF = /^(?:https?:|mailto:|#)/i;
const HTTP_URL = /^https?:\/\/[^/?#]/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL itself when it is safe as a link target in exported HTML and the preview
 * (`http:`, `https:`, `mailto:` or an in-page `#fragment`), otherwise null.
 */
export function safeHref(url: string): string | null {
  if (url.length === 0 || hasControlOrSpace(url)) return null;
  return ALLOWED_HREF.test(url) ? url : null;
}

/** True for an absolute `http(s)://host...` URL without whitespace or control characters. */
export function isHttpUrl(url: string): boolean {
  return !hasControlOrSpace(url) && HTTP_URL.test(url);
}

/**
 * For hrefs the exporter computes itself (`../index.html`, `Brussel/Media.html`): a relative
 * reference or a safe absolute one; anything with another scheme (or `//host`) is refused.
 */
export function safeRelativeHref(href: string): string | null {
  if (href.length === 0 || hasControlOrSpace(href)) return null;
  if (href.startsWith('//') || href.startsWith('\\')) return null;
  if (HAS_SCHEME.test(href)) return safeHref(href);
  return href;
}
