// All message catalogues, composed from one file pair per feature area (messages/*.nl.ts
// and messages/*.en.ts). A feature adds its pair here — one import and one spread per
// language — and then only ever edits its own pair.
import type { Language } from './language';
import { a11yEn } from './messages/a11y.en';
import { a11yNl } from './messages/a11y.nl';
import { appEn } from './messages/app.en';
import { appNl } from './messages/app.nl';
import { checkerEn } from './messages/checker.en';
import { checkerNl } from './messages/checker.nl';
import { citeEn } from './messages/cite.en';
import { citeNl } from './messages/cite.nl';
import { cliEn } from './messages/cli.en';
import { cliNl } from './messages/cli.nl';
import { commandEn } from './messages/command.en';
import { commandNl } from './messages/command.nl';
import { commonEn } from './messages/common.en';
import { commonNl } from './messages/common.nl';
import { dashboardEn } from './messages/dashboard.en';
import { dashboardNl } from './messages/dashboard.nl';
import { errorEn } from './messages/error.en';
import { errorNl } from './messages/error.nl';
import { evidenceEn } from './messages/evidence.en';
import { exportEn } from './messages/export.en';
import { exportNl } from './messages/export.nl';
import { evidenceNl } from './messages/evidence.nl';
import { importingEn } from './messages/importing.en';
import { importingNl } from './messages/importing.nl';
import { historyEn } from './messages/history.en';
import { historyNl } from './messages/history.nl';
import { integrityEn } from './messages/integrity.en';
import { integrityNl } from './messages/integrity.nl';
import { switchingEn } from './messages/switching.en';
import { switchingNl } from './messages/switching.nl';
import { transferEn } from './messages/transfer.en';
import { transferNl } from './messages/transfer.nl';
import { libraryEn } from './messages/library.en';
import { libraryNl } from './messages/library.nl';
import { menuEn } from './messages/menu.en';
import { mergeEn } from './messages/merge.en';
import { mergeNl } from './messages/merge.nl';
import { menuNl } from './messages/menu.nl';
import { projectEn } from './messages/project.en';
import { projectNl } from './messages/project.nl';
import { publishEn } from './messages/publish.en';
import { publishNl } from './messages/publish.nl';
import { shellEn } from './messages/shell.en';
import { shellNl } from './messages/shell.nl';
import { vocabularyEn } from './messages/vocabulary.en';
import { vocabularyNl } from './messages/vocabulary.nl';
import { workbenchEn } from './messages/workbench.en';
import { workbenchNl } from './messages/workbench.nl';

const nl = {
  ...a11yNl,
  ...appNl,
  ...checkerNl,
  ...citeNl,
  ...cliNl,
  ...commandNl,
  ...commonNl,
  ...dashboardNl,
  ...errorNl,
  ...evidenceNl,
  ...importingNl,
  ...historyNl,
  ...integrityNl,
  ...switchingNl,
  ...transferNl,
  ...exportNl,
  ...libraryNl,
  ...menuNl,
  ...mergeNl,
  ...projectNl,
  ...publishNl,
  ...shellNl,
  ...vocabularyNl,
  ...workbenchNl,
};

/** Every message id; a typo or an id that no catalogue has is a compile error. */
export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  ...a11yEn,
  ...appEn,
  ...checkerEn,
  ...citeEn,
  ...cliEn,
  ...commandEn,
  ...commonEn,
  ...dashboardEn,
  ...errorEn,
  ...evidenceEn,
  ...importingEn,
  ...historyEn,
  ...integrityEn,
  ...switchingEn,
  ...transferEn,
  ...exportEn,
  ...libraryEn,
  ...menuEn,
  ...mergeEn,
  ...projectEn,
  ...publishEn,
  ...shellEn,
  ...vocabularyEn,
  ...workbenchEn,
};

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { nl, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}
