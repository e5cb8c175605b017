// Person-facing text in components comes from the message catalogues (docs/adr/0020).
// This rule finds the literal text a component would show: JSX text, string literals
// rendered as children, and literals in the attributes people read or hear (title,
// aria-label, placeholder, alt, and any prop named like a label or message).
// Symbols, numbers and single characters (×, ▦, —, "/") are not words and pass.

const WORD = /\p{L}{2,}/u;
const TEXT_ATTRIBUTE = /^(title|alt|placeholder|label|summary|aria-label|aria-description|aria-valuetext|aria-roledescription|aria-placeholder)$|(Label|Title|Text|Message|Hint|Heading|Caption|Description|Placeholder)$/;

function isText(value) {
  return typeof value === 'string' && WORD.test(value);
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

export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Person-facing text in components must come from the i18n catalogues.' },
    messages: { literal: 'Text shown to people comes from the catalogues (useT().t(...), docs/adr/0020): "{{text}}".' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: String(text).trim().slice(0, 50) } });
    return {
      JSXText(node) {
        if (isText(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXAttribute') return;
        for (const part of literalParts(node.expression)) report(part, part.type === 'Literal' ? part.value : part.quasis.map((q) => q.value.cooked).join('…'));
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : node.name.name.name;
        if (!TEXT_ATTRIBUTE.test(name) || !node.value) return;
        const parts = node.value.type === 'JSXExpressionContainer' ? literalParts(node.value.expression) : literalParts(node.value);
        for (const part of parts) report(part, part.type === 'Literal' ? part.value : part.quasis.map((q) => q.value.cooked).join('…'));
      },
    };
  },
};

export const i18nPlugin = { rules: { 'no-literal-ui-text': noLiteralUiText } };
