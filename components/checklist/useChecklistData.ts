import { useEffect, useState } from 'preact/hooks';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';
import { loadAll, watchChecklist } from '../storage/checklist.ts';

/**
 * Every clinic with its answers, kept live: any change from any open view
 * (popup, comparison tab, options page) reloads it. `null` while loading.
 */
export function useChecklistData(): ClinicWithAnswers[] | null {
  const [items, setItems] = useState<ClinicWithAnswers[] | null>(null);
  useEffect(() => {
    let alive = true;
    // A change can land while an earlier load is running; the last load wins.
    let generation = 0;
    const load = () => {
      const mine = ++generation;
      void loadAll().then((next) => alive && mine === generation && setItems(next));
    };
    load();
    const stop = watchChecklist(load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return items;
}
