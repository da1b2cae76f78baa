import { useState } from 'preact/hooks';
import { describeDismissal } from '../../lib/flags/dismissals.ts';
import { FLAG_CATEGORIES } from '../../lib/flags/model.ts';
import { categoryLabel, flagsToCsv, flagsToMarkdown } from '../../lib/flags/report.ts';
import { toAnnotationCollection } from '../../lib/flags/jsonld.ts';
import type { Flag } from '../../lib/flags/types.ts';
import { siteOf } from '../../lib/flags/url.ts';
import { downloadText, MIME } from '../export/download.ts';
import { deleteDismissal, deleteFlag, saveFlag } from '../storage/flags.ts';
import { FlagRow } from './FlagRow.tsx';
import { ImportPanel } from './ImportPanel.tsx';
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
    setNotice({ text: 'Flag deleted.', undo: flag });
    document.getElementById('flags-title')?.focus();
  };
  const exportAs = (kind: 'jsonld' | 'csv' | 'md') => {
    const name = `cliniccheck-flags-${today()}`;
    if (kind === 'jsonld') downloadText(`${name}.jsonld`, JSON.stringify(toAnnotationCollection(shown, crypto.randomUUID(), new Date()), null, 2), 'application/ld+json');
    if (kind === 'csv') downloadText(`${name}.csv`, flagsToCsv(shown), MIME.csv);
    if (kind === 'md') downloadText(`${name}.md`, flagsToMarkdown(shown, new Date()), MIME.markdown);
  };

  return (
    <main class="review">
      <h1>ClinicCheck: reviewer flags</h1>
      <section aria-labelledby="filters-title" class="panel-section">
        <h2 id="filters-title">Filter</h2>
        <div class="filters">
          <label for="filter-site">Site</label>
          <select id="filter-site" value={site} onChange={(e) => setSite(e.currentTarget.value)}>
            <option value="">All sites</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label for="filter-category">Category</label>
          <select id="filter-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">All categories</option>
            {FLAG_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="flags-title" class="panel-section">
        <h2 id="flags-title" tabIndex={-1}>
          Flags ({shown.length}
          {shown.length === flags.length ? '' : ` of ${flags.length}`})
        </h2>
        {notice && (
          <p role="status" class="notice">
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" onClick={() => void saveFlag(notice.undo!).then(() => setNotice({ text: 'Flag restored.' }))}>
                Undo
              </button>
            )}
          </p>
        )}
        {!loaded ? (
          <p>Loading…</p>
        ) : shown.length === 0 ? (
          <p>{flags.length ? 'No flags match these filters.' : 'No flags yet. Select text on a clinic page and choose “Flag”.'}</p>
        ) : (
          <ul class="flag-list">
            {shown.map((f) => (
              <FlagRow key={f.id} flag={f} orphaned={placements.get(f.id)?.orphaned} onDelete={(flag) => void remove(flag)} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="export-title" class="panel-section">
        <h2 id="export-title">Export {site || category ? 'the flags shown' : 'all flags'}</h2>
        <p>JSON-LD is the W3C Web Annotation format (other annotation tools, and ClinicCheck's import, read it); CSV opens in spreadsheets; Markdown is a report grouped by site.</p>
        <div class="buttons">
          <button type="button" onClick={() => exportAs('jsonld')} disabled={!shown.length}>
            Export JSON-LD
          </button>
          <button type="button" onClick={() => exportAs('csv')} disabled={!shown.length}>
            Export CSV
          </button>
          <button type="button" onClick={() => exportAs('md')} disabled={!shown.length}>
            Export Markdown
          </button>
        </div>
      </section>

      <ImportPanel existing={flags} />

      <section aria-labelledby="dismissed-title" class="panel-section">
        <h2 id="dismissed-title">Marked “not a claim here”</h2>
        {dismissals.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul class="flag-list">
            {dismissals.map((d) => (
              <li key={d.id} class="flag">
                <span>{describeDismissal(d)}</span>{' '}
                <button type="button" onClick={() => void deleteDismissal(d.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
