/**
 * Translated words for flags values that lib/flags keeps as data (categories,
 * severities, dismissals, import refusals). lib/ stays free of browser APIs,
 * so the UI words them here; lib's English versions serve the exported files.
 */
import { i18n } from '#i18n';
import type { ImportProblem } from '../../lib/flags/import.ts';
import { categoryLabel } from '../../lib/flags/category-label.ts';
import type { FlagsReportTexts } from '../../lib/flags/report-texts.ts';
import type { Dismissal, Flag, FlagCategory } from '../../lib/flags/types.ts';
import type { Severity } from '../../lib/lexicon/types.ts';

const SEVERITY_KEYS = {
  high: 'flags.severity.high',
  medium: 'flags.severity.medium',
  low: 'flags.severity.low',
} as const satisfies Record<Severity, string>;

const SEVERITY_META_KEYS = {
  high: 'flags.meta.high',
  medium: 'flags.meta.medium',
  low: 'flags.meta.low',
} as const satisfies Record<Severity, string>;

/** "High", as forms offer it. */
export function severityText(severity: Severity): string {
  return i18n.t(SEVERITY_KEYS[severity]);
}

/** "Unproven stem-cell claims (SC)"; the category names are lexicon content and stay as they are. */
export function categoryText(category: FlagCategory): string {
  return categoryLabel(category, i18n.t('flags.categoryOther'));
}

/** The words of the exported CSV and Markdown files, in the person's language. */
export function reportTexts(): FlagsReportTexts {
  return {
    other: i18n.t('flags.categoryOther'),
    csvHeader: [
      i18n.t('review.report.csv.site'),
      i18n.t('review.report.csv.page'),
      i18n.t('review.report.csv.pageTitle'),
      i18n.t('review.report.csv.quote'),
      i18n.t('review.report.csv.category'),
      i18n.t('review.report.csv.severity'),
      i18n.t('review.report.csv.note'),
      i18n.t('review.report.csv.flagged'),
      i18n.t('review.report.csv.updated'),
      i18n.t('review.report.csv.origin'),
      i18n.t('review.report.csv.term'),
      i18n.t('review.report.csv.prefix'),
      i18n.t('review.report.csv.suffix'),
      i18n.t('review.report.csv.start'),
      i18n.t('review.report.csv.end'),
      i18n.t('review.report.csv.id'),
    ],
    title: i18n.t('review.report.title'),
    exported: (count, date) => i18n.t('review.report.exported', count, { date }),
    categoryLine: (category, severity) => i18n.t('review.report.category', { category, severity }),
    pageLine: (page, url) => i18n.t('review.report.page', { page, url }),
    flaggedLine: (date) => i18n.t('review.report.flagged', { date }),
    noteLine: (note) => i18n.t('review.report.note', { note }),
  };
}

/** "Unproven stem-cell claims (SC) · high severity · from a finding", under a flag's quote. */
export function flagMetaText(flag: Pick<Flag, 'category' | 'severity' | 'origin'>): string {
  const meta = i18n.t('flags.meta.line', { category: categoryText(flag.category), severity: i18n.t(SEVERITY_META_KEYS[flag.severity]) });
  return flag.origin === 'finding' ? i18n.t('flags.meta.fromFinding', { meta }) : meta;
}

/** A dismissal in words, for lists: what was dismissed and where. */
export function dismissalText(d: Dismissal): string {
  if (d.kind === 'site') return i18n.t('flags.dismissal.site', { term: d.termId, site: d.site });
  return i18n.t('flags.dismissal.occurrence', { quote: d.quote[0].exact.replace(/\s+/g, ' ').trim(), term: d.termId, url: d.url });
}

/**
 * Why an import file was refused, in the person's language. One annotation's
 * problems (`invalid`: "Annotation 3: "id" must be a urn:uuid") name JSON
 * fields and stay in English.
 */
export function importProblemText({ code, params, message }: ImportProblem): string {
  const p = (name: string) => params[name] ?? '';
  switch (code) {
    case 'too-large':
      return i18n.t('review.importError.tooLarge', { limit: p('limit') });
    case 'not-json':
      return i18n.t('review.importError.notJson', { detail: p('detail') });
    case 'not-collection':
      return i18n.t('review.importError.notCollection');
    case 'bad-version':
      return i18n.t('review.importError.badVersion');
    case 'newer-version':
      return i18n.t('review.importError.newerVersion', { version: p('version') });
    case 'no-items':
      return i18n.t('review.importError.noItems');
    case 'too-many':
      return i18n.t('review.importError.tooMany', { limit: p('limit') });
    case 'total-mismatch':
      return i18n.t('review.importError.totalMismatch', { total: p('total'), count: p('count') });
    case 'more':
      return i18n.t('review.importError.more', { count: p('count') });
    case 'invalid':
      return message;
  }
}
