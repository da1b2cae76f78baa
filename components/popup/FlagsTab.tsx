import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dismissalsFor } from '../../lib/flags/dismissals.ts';
import { pageKey } from '../../lib/flags/url.ts';
import { parseFlagStatus, type FlagStatusResponse } from '../../lib/messages/flags.ts';
import { FlagQuote } from '../flags/FlagQuote.tsx';
import { DismissalList } from '../flags/DismissalList.tsx';
import { useFlagData } from '../flags/useFlagData.ts';
import { targetTabId } from './findings/target-tab.ts';

/**
 * The page's answer about its flags: its URL (the popup has no `tabs`
 * permission to read it) and which flags could be placed. `url` is '' where
 * no content script runs (browser pages).
 */
function usePageStatus(flagCount: number) {
  const [page, setPage] = useState<{ url: string; tabId?: number; status?: FlagStatusResponse }>();
  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      const answer = id === undefined ? undefined : await browser.tabs.sendMessage(id, { type: 'cliniccheck:flags/status' }).catch(() => undefined);
      const status = parseFlagStatus(answer);
      setPage({ url: status?.url ?? '', tabId: id, status });
    })();
  }, [flagCount]);
  return page;
}

/** Scrolls the page to a flag's words and selects them. */
async function reveal(tabId: number, id: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'cliniccheck:flags/reveal', id }).catch(() => undefined);
}

/** The reviewer's flags on the current page (orphaned ones marked) and its dismissals. */
export function FlagsTab() {
  const { loaded, flags, dismissals } = useFlagData();
  const page = usePageStatus(flags.length);
  if (!loaded || !page) return <p>{i18n.t('flags.tab.loading')}</p>;
  const key = pageKey(page.url);
  const orphaned = new Set(page.status?.orphaned);
  // In page order, orphans (no place on the page any more) last.
  const here = (page.url ? flags.filter((f) => f.url === key) : []).sort(
    (a, b) => Number(orphaned.has(a.id)) - Number(orphaned.has(b.id)) || a.selectors[1].start - b.selectors[1].start,
  );
  const dismissed = page.url ? dismissalsFor(page.url, dismissals) : [];
  const openReview = () => void browser.tabs.create({ url: browser.runtime.getURL('/review.html') });

  return (
    <div class="flags-tab">
      <h2>{i18n.t('flags.tab.heading')}</h2>
      {!page.url ? (
        <p>{i18n.t('flags.tab.unreadable')}</p>
      ) : here.length === 0 ? (
        <p>{i18n.t('flags.tab.none')}</p>
      ) : (
        <ul class="flag-list">
          {here.map((flag) => (
            <li key={flag.id} class="flag">
              <FlagQuote flag={flag} orphaned={orphaned.has(flag.id)} />
              {page.tabId !== undefined && !orphaned.has(flag.id) && (
                <button type="button" class="flag__show" onClick={() => void reveal(page.tabId!, flag.id)}>
                  {i18n.t('flags.tab.show')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <>
          <h2>{i18n.t('flags.dismissedHeading')}</h2>
          <DismissalList dismissals={dismissed} />
        </>
      )}
      <p>
        <button type="button" onClick={openReview}>
          {i18n.t('flags.tab.reviewAll', { count: flags.length })}
        </button>
      </p>
    </div>
  );
}
