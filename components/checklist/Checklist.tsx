import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { clinicFromSite, clinicIdForDomain, siteDomain, type ClinicId } from '../../lib/checklist/model.ts';
import { orderQuestions } from '../../lib/checklist/order.ts';
import { summarise } from '../../lib/checklist/summary.ts';
import { lastClinicItem, positionItem, saveClinic } from '../storage/checklist.ts';
import { loadTargetPage, type TargetPage } from './page-target.ts';
import { useChecklistData } from './useChecklistData.ts';
import { ClinicBar } from './ClinicBar.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { QuestionList } from './QuestionList.tsx';
import { SummaryView } from './SummaryView.tsx';
import { AskView } from './AskView.tsx';
import { richText } from '../i18n/rich.ts';
import './checklist.css';

type View = 'question' | 'list' | 'summary' | 'ask';
const VIEWS: Array<[View, () => string]> = [
  ['question', () => i18n.t('checklist.view.question')],
  ['list', () => i18n.t('checklist.view.list')],
  ['summary', () => i18n.t('checklist.view.summary')],
  ['ask', () => i18n.t('checklist.view.ask')],
];

/** The popup's checklist: pick the clinic, walk the questions, see the summary, ask the clinic. */
export function Checklist() {
  const items = useChecklistData();
  const [page, setPage] = useState<TargetPage>();
  const [selectedId, setSelectedId] = useState<ClinicId>();
  const [view, setView] = useState<View>('question');
  const [index, setIndex] = useState<number>();

  useEffect(() => void loadTargetPage().then(setPage), []);
  const domain = page?.url ? siteDomain(page.url) : undefined;
  const siteId = domain ? clinicIdForDomain(domain) : undefined;

  // First choice: this site's clinic, else the clinic chosen last time.
  useEffect(() => {
    if (!items || !page || selectedId) return;
    if (siteId && items.some((i) => i.clinic.id === siteId)) setSelectedId(siteId);
    else if (!siteId) void lastClinicItem.getValue().then((id) => id && items.some((i) => i.clinic.id === id) && setSelectedId(id));
  }, [items, page, siteId, selectedId]);

  const item = items?.find((i) => i.clinic.id === selectedId);
  // The page's claims only say something about the page's own clinic.
  const ordered = useMemo(() => orderQuestions(selectedId && selectedId === siteId ? (page?.findings ?? []) : []), [selectedId, siteId, page]);

  // Resume where the person left off with this clinic.
  useEffect(() => {
    setIndex(undefined);
    if (!selectedId) return;
    void positionItem(selectedId)
      .getValue()
      .then((q) => setIndex(Math.max(0, ordered.findIndex((o) => o.question.id === q))));
  }, [selectedId, ordered]);
  const goTo = (next: number) => {
    setIndex(next);
    if (selectedId) void positionItem(selectedId).setValue(ordered[next]!.question.id);
  };

  if (!items || !page) return <p>{i18n.t('checklist.loading')}</p>;
  const startSite = async () => {
    const clinic = clinicFromSite(page.url!, Date.now());
    if (!clinic) return;
    await saveClinic(clinic);
    setSelectedId(clinic.id);
  };
  return (
    <div class="cl">
      {domain && !items.some((i) => i.clinic.id === siteId) && (
        <div class="cl-start">
          <p>{richText(i18n.t('checklist.startText', { domain: '{domain}' }), { domain: <strong>{domain}</strong> })}</p>
          <button type="button" class="cl-primary" onClick={() => void startSite()}>
            {i18n.t('checklist.startButton', { domain })}
          </button>
        </div>
      )}
      {!item && !domain && items.length === 0 && <p>{i18n.t('checklist.empty')}</p>}
      <ClinicBar items={items} selected={item?.clinic} siteId={siteId} onSelect={setSelectedId} />
      {item && (
        <>
          <h2 class="cl-clinic-name">{item.clinic.name}</h2>
          <nav class="cl-views" aria-label={i18n.t('checklist.viewsLabel')}>
            {VIEWS.map(([id, label]) => (
              <button key={id} type="button" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
                {label()}
              </button>
            ))}
          </nav>
          {view === 'question' && index !== undefined && (
            <QuestionStep
              clinicId={item.clinic.id}
              item={ordered[index]!}
              answer={item.answers[ordered[index]!.question.id]}
              index={index}
              total={ordered.length}
              answered={summarise(item.answers).answered}
              onMove={(step) => goTo(index + step)}
              onFinish={() => setView('summary')}
            />
          )}
          {view === 'list' && (
            <QuestionList ordered={ordered} answers={item.answers} current={index ?? 0} onJump={(i) => (goTo(i), setView('question'))} />
          )}
          {view === 'summary' && <SummaryView item={item} />}
          {view === 'ask' && <AskView item={item} order={ordered.map((o) => o.question.id)} />}
        </>
      )}
      <p class="cl-links">
        <button type="button" class="cl-link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}>
          {i18n.t('checklist.compareLink')}
        </button>
        <button type="button" class="cl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('checklist.manageLink')}
        </button>
      </p>
    </div>
  );
}
