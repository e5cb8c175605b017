import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { onTabFocusChange, tabMovesFocus, toggleTabMovesFocus } from './tab-focus';

/** Shows what Tab does in the editor and switches it (as Ctrl+M does in the editor). */
export function TabFocusToggle() {
  const { t } = useT();
  const [on, setOn] = useState(tabMovesFocus);
  useEffect(() => onTabFocusChange(setOn), []);
  return (
    <button
      type="button"
      className="btn btn-small tab-focus-toggle"
      title={`${t('a11y.tabFocus.toggle')} (Ctrl+M)`}
      data-testid="tab-focus-toggle"
      onClick={() => toggleTabMovesFocus({ on: t('a11y.tabFocus.on'), off: t('a11y.tabFocus.off') })}
    >
      {t('a11y.tabFocus.status', { on: String(on) })}
    </button>
  );
}
