/**
 * A deliberately light suffix folder. It is applied the same way to lexicon
 * patterns and to page words, so what matters is that inflections of one word
 * land on the same key ("regrows", "regrowing", "regrow" → "regrow";
 * "therapies" → "therapy"; "stimulated", "stimulating" → "stimulat";
 * "ageing", "aging", "age" → "age"), not that the key is a real English stem.
 */
export function stem(word: string): string {
  let w = SPELLING.get(word) ?? word;
  if (w.length <= 2) return w;
  // British -ise spellings fold onto -ize (minimise → minimize).
  if (ISE.test(w)) w = w.replace(ISE, 'iz$1');
  if (w.startsWith('anaesth')) w = 'anesth' + w.slice(7);
  const n = w.length;
  // Plurals and third person.
  if (n > 4 && (w.endsWith('ies') || w.endsWith('ied'))) w = w.slice(0, -3) + 'y';
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Progressive and past forms, then the doubled consonant they leave;
  // a too-short remainder gets its e back (using → use).
  if (w.endsWith('ing') && w.length >= 5) w = restore(undouble(w.slice(0, -3)));
  else if (w.endsWith('ed') && w.length >= 4 && !w.endsWith('eed')) w = restore(undouble(w.slice(0, -2)));
  // Nouns of action fold onto their verb: regeneration → regenerat(e).
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  // Never let a content word fold onto a function word: "note" is not "not".
  if (w !== word && PROTECTED.has(w)) w += '_';
  return w;
}

/** -ise / -isation after the stems where it is the British -ize. */
const ISE = /(?<=(?:al|il|im|ar|or|og|at|er|in|ob|on|en|ur|an|gn|rg|ot|iv))is(e|es|ed|ing|ation|ations|er|ers)$/;

const PROTECTED = new Set([
  'no', 'not', 'non', 'nor', 'on', 'us', 'in', 'an', 'as', 'at', 'is', 'it', 'or', 'to', 'do', 'so', 'be', 'we',
  'he', 'the', 'may', 'can', 'will', 'now', 'new', 'all', 'any', 'our', 'its', 'has', 'was', 'had', 'did', 'but',
]);

const SPELLING = new Map([
  ['ageing', 'aging'],
  ['colour', 'color'],
  ['tumour', 'tumor'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['oedema', 'edema'],
  ['favourite', 'favorite'],
]);

function undouble(w: string): string {
  const n = w.length;
  const last = w[n - 1]!;
  if (n >= 3 && last === w[n - 2] && !'lsz'.includes(last)) return w.slice(0, -1);
  return w;
}

function restore(w: string): string {
  return w.length < 3 ? w + 'e' : w;
}
