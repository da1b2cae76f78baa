import './flags.css';
import { categoryLabel } from '../../lib/flags/report.ts';
import type { Flag } from '../../lib/flags/types.ts';

/** Page text with its source-code line breaks and indentation folded. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A flag's quote and its category and severity, as lists show them. */
export function FlagQuote({ flag, orphaned }: { flag: Flag; orphaned?: boolean }) {
  return (
    <>
      <q class="flag__quote">{squash(flag.selectors[0].exact)}</q>
      <span class="flag__meta">
        {categoryLabel(flag.category)} · {flag.severity} severity
        {flag.origin === 'finding' ? ' · from a finding' : ''}
      </span>
      {orphaned && (
        <span class="flag__orphan">
          Orphaned: these words are no longer on the page. The flag is kept.
        </span>
      )}
      {flag.note && <span class="flag__note">{flag.note}</span>}
    </>
  );
}
