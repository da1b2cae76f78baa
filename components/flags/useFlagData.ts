import { useEffect, useState } from 'preact/hooks';
import { sortFlags } from '../../lib/flags/model.ts';
import type { Dismissal, Flag } from '../../lib/flags/types.ts';
import { listDismissals, listFlags, watchFlags } from '../storage/flags.ts';

export interface FlagData {
  loaded: boolean;
  flags: Flag[];
  dismissals: Dismissal[];
}

/** All flags (newest first) and dismissals, kept current as any view changes them. */
export function useFlagData(): FlagData {
  const [data, setData] = useState<FlagData>({ loaded: false, flags: [], dismissals: [] });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [flags, dismissals] = await Promise.all([listFlags(), listDismissals()]);
      if (live) setData({ loaded: true, flags: sortFlags(flags), dismissals });
    };
    void load();
    const stop = watchFlags(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return data;
}
