import { useEffect, useState } from 'preact/hooks';
import { sortFlags } from '../../lib/flags/model.ts';
import type { Dismissal, Flag } from '../../lib/flags/types.ts';
import { listDismissals, listFlags, listPlacements, watchFlags, type FlagPlacement } from '../storage/flags.ts';

export interface FlagData {
  loaded: boolean;
  flags: Flag[];
  dismissals: Dismissal[];
  /** Whether each flag was placed on its page's last visit. */
  placements: Map<string, FlagPlacement>;
}

/** All flags (newest first), dismissals and last placements, kept current as any view changes them. */
export function useFlagData(): FlagData {
  const [data, setData] = useState<FlagData>({ loaded: false, flags: [], dismissals: [], placements: new Map() });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [flags, dismissals, placements] = await Promise.all([listFlags(), listDismissals(), listPlacements()]);
      if (live) setData({ loaded: true, flags: sortFlags(flags), dismissals, placements });
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
