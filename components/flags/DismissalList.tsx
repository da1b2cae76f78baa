import { i18n } from '#i18n';
import type { Dismissal } from '../../lib/flags/types.ts';
import { deleteDismissal } from '../storage/flags.ts';
import { dismissalText } from './labels.ts';

/** Dismissed findings ("not a claim here"), each with Undo. Shared by the popup and the review page. */
export function DismissalList({ dismissals }: { dismissals: Dismissal[] }) {
  return (
    <ul class="flag-list">
      {dismissals.map((d) => (
        <li key={d.id} class="flag">
          <span>{dismissalText(d)}</span>{' '}
          <button type="button" onClick={() => void deleteDismissal(d.id)}>
            {i18n.t('flags.undo')}
          </button>
        </li>
      ))}
    </ul>
  );
}
