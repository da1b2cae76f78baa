/**
 * The words in exported flags files (CSV header, Markdown report). lib/ has
 * no browser and cannot translate, so the exporters take these texts,
 * English by default; the review page passes the person's language
 * (components/flags/labels.ts). The English here must equal locales/en.yml
 * (checked in components/flags/labels.test.ts). Category names are lexicon
 * content and stay English for now; severities and origins are written as
 * their codes (high, finding), which are data.
 */
export interface FlagsReportTexts {
  /** The category of claims outside the lexicon. */
  other: string;
  csvHeader: readonly string[];
  /** "ClinicCheck reviewer flags" (the Markdown title). */
  title: string;
  /** "3 flags, exported 2026-09-02T08:00:00.000Z." */
  exported: (count: number, date: string) => string;
  /** "Safety overclaims (SAFE), severity high"; the arguments arrive escaped. */
  categoryLine: (category: string, severity: string) => string;
  /** "Page: Title (https://…)"; the arguments arrive escaped. */
  pageLine: (page: string, url: string) => string;
  /** "Flagged 2026-09-02" */
  flaggedLine: (date: string) => string;
  /** "Note: …"; the note arrives escaped. */
  noteLine: (note: string) => string;
}

export const ENGLISH_REPORT_TEXTS: FlagsReportTexts = {
  other: 'Other',
  csvHeader: ['Site', 'Page', 'Page title', 'Quote', 'Category', 'Severity', 'Note', 'Flagged', 'Updated', 'Origin', 'Lexicon term', 'Prefix', 'Suffix', 'Start', 'End', 'Id'],
  title: 'ClinicCheck reviewer flags',
  exported: (count, date) => `${count} flag${count === 1 ? '' : 's'}, exported ${date}.`,
  categoryLine: (category, severity) => `${category}, severity ${severity}`,
  pageLine: (page, url) => `Page: ${page} (${url})`,
  flaggedLine: (date) => `Flagged ${date}`,
  noteLine: (note) => `Note: ${note}`,
};
