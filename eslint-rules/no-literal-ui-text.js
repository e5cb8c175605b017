// Person-facing text in components comes from the message catalogues (docs/adr/0020).
// This rule finds the literal text a component would show: JSX text, string literals
// rendered as children, and literals in the attributes people read or hear (title,
// aria-label, placeholder, alt, and any prop named like a label or message).
// Symbols, numbers and single characters (×, ▦, —, "/") are not words and pass.

const WORD = /\p{L}{2,}/u;
const TEXT_ATTRIBUTE = /^(title|alt|placeholder|label|summary|aria-label|aria-description|aria-valuetext|aria-roledescription|aria-placeholder)$|(Label|Title|Text|Message|Hint|Heading|Caption|Description|Placeholder)$/;

// Key names are the same in every language: `(Ctrl+M)` beside a translated label is fine.
const KEYS = /\b(Ctrl|Alt|Shift|Cmd|Meta|Mod|Enter|Esc|Tab|F\d{1,2})\b/g;

function isText(value) {
  return typeof value === 'string' && WORD.test(value.replace(KEYS, ''));
}

/** The string parts of an expression that would be rendered as it is. */
function literalParts(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return isText(node.value) ? [node] : [];
    case 'TemplateLiteral':
      return node.quasis.some((q) => isText(q.value.cooked)) ? [node] : [];
    case 'ConditionalExpression':
      return [...literalParts(node.consequent), ...literalParts(node.alternate)];
    case 'LogicalExpression':
      return literalParts(node.right);
    case 'BinaryExpression':
      return node.operator === '+' ? [...literalParts(node.left), ...literalParts(node.right)] : [];
    default:
      return [];
  }
}

const partText = (part) => (part.type === 'Literal' ? part.value : part.quasis.map((q) => q.value.cooked).join('…'));

/** A rule of this plugin: `visitors` gets a reporter that quotes the text it found. */
function uiTextRule(description, message, visitors) {
  return {
    meta: { type: 'problem', docs: { description }, messages: { found: message }, schema: [] },
    create(context) {
      return visitors((node, text) => context.report({ node, messageId: 'found', data: { text: String(text).trim().slice(0, 50) } }));
    },
  };
}

export const noLiteralUiText = uiTextRule(
  'Person-facing text in components must come from the i18n catalogues.',
  'Text shown to people comes from the catalogues (useT().t(...), docs/adr/0020): "{{text}}".',
  (report) => ({
    JSXText(node) {
      if (isText(node.value)) report(node, node.value);
    },
    JSXExpressionContainer(node) {
      if (node.parent.type === 'JSXAttribute') return;
      for (const part of literalParts(node.expression)) report(part, partText(part));
    },
    JSXAttribute(node) {
      const name = node.name.type === 'JSXIdentifier' ? node.name.name : node.name.name.name;
      if (!TEXT_ATTRIBUTE.test(name) || !node.value) return;
      const parts = node.value.type === 'JSXExpressionContainer' ? literalParts(node.value.expression) : literalParts(node.value);
      for (const part of parts) report(part, partText(part));
    },
  }),
);

// Outside JSX, text for people travels in plain strings: toasts, dialog titles, labels in
// tables. A string that reads like a phrase — a capitalised word followed by more words,
// or ending in an ellipsis — is taken for one. Identifiers, keys, CSS, test ids, key names
// ('ArrowDown') and file filters do not look like that.
const PHRASE = /^\s*\p{Lu}\p{Ll}+(?:[\s,.:;!?’'-]+\S+)+|\p{L}{2,}…\s*$/u;

function isPhrase(value) {
  return typeof value === 'string' && PHRASE.test(value);
}

// `shell.view.library`: a catalogue key handed on to be translated later.
const MESSAGE_KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/;
// `Authorization`, `Content-Type`: HTTP header names, whose values are for the host.
const HTTP_HEADER = /^[A-Z][a-z]+(-[A-Z][a-z]+)*$/;

/** The name of what a literal is given to: a property (`ariaLabel: …`), an assignment (`el.title = …`), `setAttribute('title', …)`. */
function receiverName(node) {
  const parent = node.parent;
  if (!parent) return null;
  const nameOf = (key) => (key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : null);
  if (parent.type === 'Property' && parent.value === node && !parent.computed) return nameOf(parent.key);
  if (parent.type === 'AssignmentExpression' && parent.right === node && parent.left.type === 'MemberExpression' && !parent.left.computed) return nameOf(parent.left.property);
  if (parent.type === 'CallExpression' && parent.arguments[1] === node && parent.callee.type === 'MemberExpression' && nameOf(parent.callee.property) === 'setAttribute' && parent.arguments[0].type === 'Literal') {
    return String(parent.arguments[0].value);
  }
  return null;
}

/** A word (not a phrase) handed to something people read: `{ ariaLabel: 'Sections' }`, `frame.title = 'Print'`. */
function isTextForPeople(node, value) {
  if (!isText(value) || MESSAGE_KEY.test(value)) return false;
  const name = receiverName(node);
  return name !== null && (TEXT_ATTRIBUTE.test(name) || /^(message|ariaLabel|text)$/.test(name));
}

function isExempt(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration') return true;
  if (parent.type === 'Property' && parent.key === node) return true;
  if (parent.type === 'JSXAttribute' || parent.type === 'JSXExpressionContainer') return true; // the JSX rule covers these
  if (parent.type === 'CallExpression' && parent.callee.type === 'MemberExpression' && parent.callee.object.type === 'Identifier' && parent.callee.object.name === 'console') return true;
  if (parent.type === 'TSLiteralType') return true;
  if (HTTP_HEADER.test(receiverName(node) ?? '')) return true;
  return false;
}

export const noLiteralUiPhrase = uiTextRule(
  'Phrases for people in component code must come from the i18n catalogues.',
  'A phrase for people comes from the catalogues (t(...), docs/adr/0020): "{{text}}".',
  (report) => ({
    Literal(node) {
      if ((isPhrase(node.value) || isTextForPeople(node, node.value)) && !isExempt(node)) report(node, node.value);
    },
    TemplateLiteral(node) {
      if (node.parent?.type === 'TaggedTemplateExpression' || isExempt(node)) return;
      // Each interpolation reads as a lowercase word: `Created ${name}` is a phrase, `${a} — ${b}` is not.
      const text = node.quasis.map((q) => q.value.cooked ?? '').join('x');
      if (isPhrase(text) || isTextForPeople(node, node.quasis.map((q) => q.value.cooked ?? '').join(' '))) report(node, text);
    },
  }),
);

export const i18nPlugin = { rules: { 'no-literal-ui-text': noLiteralUiText, 'no-literal-ui-phrase': noLiteralUiPhrase } };
