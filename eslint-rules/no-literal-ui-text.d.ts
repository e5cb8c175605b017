import type { Rule } from 'eslint';

export const noLiteralUiText: Rule.RuleModule;
export const noLiteralUiPhrase: Rule.RuleModule;
export const i18nPlugin: { rules: { 'no-literal-ui-text': Rule.RuleModule; 'no-literal-ui-phrase': Rule.RuleModule } };
