import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { FLAG_CATEGORIES } from '../../lib/flags/model.ts';
import { flagsToCsv, flagsToMarkdown } from '../../lib/flags/report.ts';
import { toAnnotationCollection } from '../../lib/flags/jsonld.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { siteOf } from '../../lib/flags/url.ts';
import { downloadText, MIME } from '../export/download.ts';
import { deleteFlag, saveFlag } from '../storage/flags.ts';
import { FlagRow } from './FlagRow.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { categoryText, reportTexts } from './labels.ts';
import { DismissalList } from './DismissalList.tsx';
import { useFlagData } from './useFlagData.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The review page: every flag, filterable by site and category, with edit, delete, export and import. */
export function ReviewApp() {
  const { loaded, flags, dismissals, placements } = useFlagData();
  const [site, setSite] = useState('');
  const [category, setCategory] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: Flag }>();

  const sites = [...new Set(flags.map((f) => siteOf(f.url)))].sort();
  const shown = flags.filter((f) => (!site || siteOf(f.url) === site) && (!category || f.category === category));
  const remove = async (flag: Flag) => {
    await deleteFlag(flag.id);
    setNotice({ text: i18n.t('review.deleted'), undo: flag });
    document.getElementById('flags-title')?.focus();
  };
  const exportAs = (kind: 'jsonld' | 'csv' | 'md') => {
    const name = `cliniccheck-flags-${today()}`;
    if (kind === 'jsonld') downloadText(`${name}.jsonld`, JSON.stringify(toAnnotationCollection(shown, crypto.randomUUID(), new Date()), null, 2), 'application/ld+json');
    if (kind === 'csv') downloadText(`${name}.csv`, flagsToCsv(shown, reportTexts()), MIME.csv);
    if (kind === 'md') downloadText(`${name}.md`, flagsToMarkdown(shown, new Date(), reportTexts()), MIME.markdown);
  };

  return (
    <main class="review">
      <h1>{i18n.t('review.title')}</h1>
      <section aria-labelledby="filters-title" class="panel-section">
        <h2 id="filters-title">{i18n.t('review.filter')}</h2>
        <div class="filters">
          <label for="filter-site">{i18n.t('review.site')}</label>
          <select id="filter-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">{i18n.t('review.allSites')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label for="filter-category">{i18n.t('flags.category')}</label>
          <select id="filter-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">{i18n.t('review.allCategories')}</option>
            {FLAG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryText(c)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="flags-title" class="panel-section">
        <h2 id="flags-title" tabIndex={-1}>
          {shown.length === flags.length
            ? i18n.t('review.heading', { count: shown.length })
            : i18n.t('review.headingFiltered', { count: shown.length, total: flags.length })}
        </h2>
        {notice && (
          <p role="status" class="notice">
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" onClick={() => void saveFlag(notice.undo!).then(() => setNotice({ text: i18n.t('review.restored') }))}>
                {i18n.t('flags.undo')}
              </button>
            )}
          </p>
        )}
        {!loaded ? (
          <p>{i18n.t('common.loading')}</p>
        ) : shown.length === 0 ? (
          <p>{flags.length ? i18n.t('review.noMatch') : i18n.t('review.none')}</p>
        ) : (
          <ul class="flag-list">
            {shown.map((f) => (
              <FlagRow key={f.id} flag={f} orphaned={placements.get(f.id)?.orphaned} onDelete={(flag) => void remove(flag)} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="export-title" class="panel-section">
        <h2 id="export-title">{site || category ? i18n.t('review.exportShown') : i18n.t('review.exportAll')}</h2>
        <p>{i18n.t('review.exportIntro')}</p>
        <div class="buttons">
          <button type="button" onClick={() => exportAs('jsonld')} disabled={!shown.length}>
            {i18n.t('review.exportJsonLd')}
          </button>
          <button type="button" onClick={() => exportAs('csv')} disabled={!shown.length}>
            {i18n.t('common.exportCsv')}
          </button>
          <button type="button" onClick={() => exportAs('md')} disabled={!shown.length}>
            {i18n.t('common.exportMarkdown')}
          </button>
        </div>
      </section>

      <ImportPanel existing={flags} />

      <section aria-labelledby="dismissed-title" class="panel-section">
        <h2 id="dismissed-title">{i18n.t('flags.dismissedHeading')}</h2>
        {dismissals.length === 0 ? (
          <p>{i18n.t('review.dismissedNone')}</p>
        ) : (
          <DismissalList dismissals={dismissals} />
        )}
      </section>
    </main>
  );
}
