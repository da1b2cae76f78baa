/**
 * A deliberately light suffix folder. It is applied the same way to lexicon
 * patterns and to page words, so what matters is that inflections of one word
 * land on the same key ("regrows", "regrowing", "regrow" → "regrow";
 * "therapies" → "therapy"; "stimulated", "stimulating" → "stimulat";
 * "ageing", "aging" → "ag"), not that the key is a real English stem.
 */
export function stem(word: string): string {
  let w = SPELLING.get(word) ?? word;
  if (w.length <= 3) return w;
  // British -ise spellings fold onto -ize (minimise → minimize).
  if (ISE.test(w)) w = w.replace(ISE, 'z$1');
  if (w.startsWith('anaesth')) w = 'anesth' + w.slice(7);
  const n = w.length;
  // Plurals and third person.
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Progressive and past forms, then the doubled consonant they leave.
  if (w.endsWith('ing') && w.length >= 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  // Nouns of action fold onto their verb: regeneration → regenerat(e).
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length >= 3) w = w.slice(0, -1);
  return w;
}

/** -ise / -isation after the stems where it is the British -ize. */
const ISE = /(?<=(?:al|il|im|ar|or|og|at|er|in|ob|on|en|ur|an|gn|rg|ot|iv))s(e|es|ed|ing|ation|ations|er|ers)$/;

const SPELLING = new Map([
  ['colour', 'color'],
  ['tumour', 'tumor'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['haemoglobin', 'hemoglobin'],
  ['oedema', 'edema'],
  ['favourite', 'favorite'],
]);

function undouble(w: string): string {
  const n = w.length;
  const last = w[n - 1]!;
  if (n >= 3 && last === w[n - 2] && !'lsz'.includes(last)) return w.slice(0, -1);
  return w;
}
