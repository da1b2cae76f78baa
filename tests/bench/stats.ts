/** Median of the numbers (the middle one, or the mean of the two middle ones). */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds for the JSON line: 3 decimals below 10, 1 above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 10 ? Math.round(value * 1000) / 1000 : Math.round(value * 10) / 10;
}

/**
 * Median of each numeric field across runs, for objects of the same shape
 * (e.g. per-phase timings a scanner reports). Non-numeric fields are dropped.
 */
export function medianFields(runs: unknown[]): Record<string, number> | undefined {
  const objects = runs.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object');
  if (objects.length === 0) return undefined;
  const out: Record<string, number> = {};
  const flat = objects.map((o) => flatten(o));
  for (const key of Object.keys(flat[0]!)) {
    const values = flat.map((f) => f[key]).filter((v): v is number => typeof v === 'number');
    if (values.length) out[key] = round(median(values));
  }
  return Object.keys(out).length ? out : undefined;
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'number') out[prefix + k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
  }
  return out;
}
