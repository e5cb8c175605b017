// Second line of defence for the preview: the core renderer already escapes raw HTML and
// vets links, and everything still goes through DOMPurify with a strict profile before
// it touches the DOM.
import DOMPurify from 'dompurify';

const purifier = DOMPurify(window);

const SAFE_HREF = /^(?:https?:|mailto:|#)/i;

purifier.addHook('afterSanitizeAttributes', (node) => {
  for (const attr of [...node.attributes]) {
    if (/^on/i.test(attr.name)) node.removeAttribute(attr.name);
  }
  if (node.hasAttribute('href')) {
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href.trim()) || /\p{Cc}/u.test(href)) node.removeAttribute('href');
  }
  // Nothing in the preview may load a resource.
  node.removeAttribute('src');
  node.removeAttribute('srcset');
});

export function sanitizePreviewHtml(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'img', 'video', 'audio', 'link', 'meta', 'base', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href'],
    ALLOW_DATA_ATTR: true,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  });
}
