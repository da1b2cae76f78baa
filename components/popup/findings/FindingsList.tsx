import { i18n } from '#i18n';
import type { SuppressionReason } from '../../../lib/detect/types.ts';
import type { FindingSummary } from '../../../lib/messages/scan.ts';
import type { Severity } from '../../../lib/lexicon/types.ts';
import { groupByCategory } from './group.ts';
import { ShortcutHint } from './ShortcutHint.tsx';

const SEVERITY_KEYS = {
  high: 'findings.severity.high',
  medium: 'findings.severity.medium',
  low: 'findings.severity.low',
} as const satisfies Record<Severity, string>;

/** Why a mention is not highlighted, in words ("negated"). */
const REASON_KEYS = {
  negated: 'findings.reason.negated',
  hedged: 'findings.reason.hedged',
  critical: 'findings.reason.critical',
  question: 'findings.reason.question',
  'no-invasive-context': 'findings.reason.noInvasiveContext',
} as const satisfies Record<SuppressionReason, string>;

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
        {active === 0 ? i18n.t('findings.none') : i18n.t('findings.total', active)}
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
                  <span class="finding__severity">{i18n.t(SEVERITY_KEYS[f.severity])}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {suppressed.length > 0 && (
        <section aria-labelledby="group-suppressed">
          <h3 id="group-suppressed" class="findings__group">
            {i18n.t('findings.suppressed')} <span class="findings__count">({suppressed.length})</span>
          </h3>
          <ul class="findings__list findings__list--quiet">
            {suppressed.map((f) => (
              <li key={f.id}>
                “{f.quote}” <span class="finding__reason">
                  {i18n.t('findings.notFlagged', { reason: i18n.t(f.reason ? REASON_KEYS[f.reason] : 'findings.reason.context') })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
