import { REASON_TEXT, type FindingSummary } from '../../../lib/messages/scan.ts';
import { groupByCategory } from './group.ts';
import { ShortcutHint } from './ShortcutHint.tsx';

const SEVERITY_WORD = { high: 'high concern', medium: 'medium concern', low: 'worth a question' } as const;

interface Props {
  findings: readonly FindingSummary[];
  onReveal(id: string): void;
}

/** The page's findings by category with counts; suppressed ones listed apart with their reason. */
export function FindingsList({ findings, onReveal }: Props) {
  const groups = groupByCategory(findings);
  const suppressed = findings.filter((f) => f.status === 'suppressed');
  const active = findings.length - suppressed.length;
  return (
    <div class="findings">
      <p class="findings__total">
        {active === 0 ? 'No claims highlighted on this page.' : `${active} claim${active === 1 ? '' : 's'} highlighted on this page.`}
      </p>
      {active > 0 && <ShortcutHint />}
      {groups.map((group) => (
        <section key={group.category.code} aria-labelledby={`group-${group.category.code}`}>
          <h3 id={`group-${group.category.code}`} class="findings__group">
            {group.category.name} <span class="findings__count">({group.findings.length})</span>
          </h3>
          <ul class="findings__list">
            {group.findings.map((f) => (
              <li key={f.id}>
                <button type="button" class="finding" data-severity={f.severity} onClick={() => onReveal(f.id)}>
                  <span class="finding__dot" aria-hidden="true" />
                  <span class="finding__quote">“{f.quote}”</span>
                  <span class="finding__severity">{SEVERITY_WORD[f.severity]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {suppressed.length > 0 && (
        <section aria-labelledby="group-suppressed">
          <h3 id="group-suppressed" class="findings__group">
            Mentioned but not flagged <span class="findings__count">({suppressed.length})</span>
          </h3>
          <ul class="findings__list findings__list--quiet">
            {suppressed.map((f) => (
              <li key={f.id}>
                “{f.quote}” <span class="finding__reason">not flagged: {f.reason ? REASON_TEXT[f.reason] : 'context'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
