/**
 * What a card says about a finding, gathered from the lexicon, the checklist
 * and the source list. Pure data lookup, no DOM; the card's own words come
 * from locales/en.yml (card.*), the lexicon's texts stay as they are.
 */
import { i18n } from '#i18n';
import { questionById } from '../../../lib/checklist/questions.ts';
import type { Finding } from '../../../lib/detect/types.ts';
import { categoryByCode, termById } from '../../../lib/lexicon/index.ts';
import { SOURCES } from '../../../lib/lexicon/sources.ts';
import type { Severity, SourceId } from '../../../lib/lexicon/types.ts';

export interface CardSource {
  label: string;
  /** Only for web addresses we can link to safely (https, DOI, PubMed Central). */
  href?: string;
}

export interface CardContent {
  categoryName: string;
  severity: Severity;
  severityLabel: string;
  termName: string;
  quote: string;
  explanation: string;
  questions: string[];
  sources: CardSource[];
  /** The rule that produced the finding, in words. */
  rule: string;
}

const SEVERITY_KEYS = {
  high: 'card.severity.high',
  medium: 'card.severity.medium',
  low: 'card.severity.low',
} as const satisfies Record<Severity, string>;

/** A link target for a source's `url` field, when it is one. */
export function sourceHref(url: string): string | undefined {
  if (/^https:\/\/[^\s]+$/.test(url)) return url;
  const doi = /^doi:(10\.\S+)$/i.exec(url);
  if (doi) return `https://doi.org/${doi[1]}`;
  if (/^PMC\d+$/.test(url)) return `https://pmc.ncbi.nlm.nih.gov/articles/${url}/`;
  return undefined;
}

function describeRule(rule: string, termName: string): string {
  const [kind, name] = rule.split(':', 2);
  if (kind === 'term') return i18n.t('card.rule.term', { term: termName, id: name ?? '' });
  if (kind === 'pattern') return i18n.t('card.rule.pattern', { name: name ?? '' });
  return rule;
}

export function cardContent(finding: Pick<Finding, 'termId' | 'category' | 'severity' | 'quote' | 'rule'>): CardContent {
  const term = termById(finding.termId);
  const category = categoryByCode(finding.category);
  const askIds = term?.ask.length ? term.ask : category.ask;
  const sourceIds: SourceId[] = term?.sources ?? [];
  const termName = term?.term ?? finding.termId;
  return {
    categoryName: category.name,
    severity: finding.severity,
    severityLabel: i18n.t(SEVERITY_KEYS[finding.severity]),
    termName,
    quote: finding.quote,
    explanation: term?.explanation ?? category.summary,
    questions: askIds.map((id) => questionById(id)?.question ?? id),
    sources: sourceIds.flatMap((id) => {
      const s = SOURCES[id];
      return s ? [{ label: `${s.org}: ${s.title} (${s.year})`, href: sourceHref(s.url) }] : [];
    }),
    rule: describeRule(finding.rule, termName),
  };
}
