import { i18n } from '#i18n';
import './flags.css';
import type { Flag } from '../../lib/flags/types.ts';
import { flagMetaText } from './labels.ts';

/** Page text with its source-code line breaks and indentation folded. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A flag's quote and its category and severity, as lists show them. */
export function FlagQuote({ flag, orphaned }: { flag: Flag; orphaned?: boolean }) {
  return (
    <>
      <q class="flag__quote">{squash(flag.selectors[0].exact)}</q>
      <span class="flag__meta">{flagMetaText(flag)}</span>
      {orphaned && (
        <span class="flag__orphan">{i18n.t('flags.orphaned')}</span>
      )}
      {flag.note && <span class="flag__note">{flag.note}</span>}
    </>
  );
}
