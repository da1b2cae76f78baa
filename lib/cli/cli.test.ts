import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlToText } from './html-to-text.ts';
import { InputError } from './pages.ts';
import { runScan } from './scan.ts';

const dir = mkdtempSync(join(tmpdir(), 'cliniccheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PAGES = [
  { id: 'a', text: '✨ Our stem cell facial gives permanent results. We do not offer exosome facials.' },
  { id: 'b', text: 'Nothing to see here: a recipe for bread.' },
  { id: 7, text: 'Zero\u200bwidth: our st\u200bem cell fa\u00adcial.' },
];

describe('scan --format jsonl', () => {
  const out = runScan(['--format', 'jsonl', file('pages.jsonl', PAGES.map((p) => JSON.stringify(p)).join('\n') + '\n\n')]);
  const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings: Record<string, unknown>[] });

  test('one line per page, ids as given, in order', () => {
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
  });

  test('findings have exactly the stable fields, active only', () => {
    for (const l of lines) {
      for (const f of l.findings) expect(Object.keys(f).sort()).toEqual(['category', 'end', 'quote', 'severity', 'start', 'termId']);
    }
    expect(lines[0]!.findings.map((f) => f.termId)).toEqual(['SCT-01', 'PERM-01']);
    expect(lines[1]!.findings).toEqual([]);
  });

  test('offsets are UTF-16 indices into text, end exclusive', () => {
    lines.forEach((l, i) => {
      for (const f of l.findings) expect(PAGES[i]!.text.slice(f.start as number, f.end as number)).toBe(f.quote);
    });
    expect(lines[2]!.findings).toHaveLength(1);
  });
});

describe('scan other formats and inputs', () => {
  test('readable report for a .txt file lists claims and what was not flagged', () => {
    const out = runScan([file('page.txt', 'Our stem cell facial is here.\nWe do not offer exosome facials.')]);
    expect(out).toMatch(/1 claim, 1 not flagged/);
    expect(out).toMatch(/"stem cell facial"/);
    expect(out).toMatch(/negated: "exosome facials"/);
  });

  test('--format json includes suppressed findings with their reason', () => {
    const out = JSON.parse(runScan(['--format=json', file('p.txt', 'Are these permanent results?')])) as { findings: { reason?: string }[] }[];
    expect(out[0]!.findings[0]!.reason).toBe('question');
  });

  test('.html keeps blocks, joins inline elements and skips scripts', () => {
    const html = '<h1>Our stem <b>cell</b> facial</h1><script>var s = "permanent results";</script><p>Open daily</p>';
    const out = JSON.parse(runScan(['--format', 'json', file('p.html', html)])) as { findings: { quote: string }[] }[];
    expect(out[0]!.findings.map((f) => f.quote)).toEqual(['stem cell facial']);
  });

  test.each([
    [['--format', 'xml', 'x.txt'], /unknown --format/],
    [[], /no input files/],
    [['--bogus', 'x.txt'], /unknown option/],
    [[join(dir, 'missing.txt')], /cannot read .*missing\.txt/],
    [['x.pdf'], /cannot read|unsupported/],
  ])('bad arguments %j give a clear error', (argv, message) => {
    expect(() => runScan(argv)).toThrow(InputError);
    expect(() => runScan(argv)).toThrow(message);
  });

  test.each([
    ['{"id":"a","text":"ok"}\nnot json', /:2: not valid JSON/],
    ['{"id":"a"}', /:1: "text" must be a string/],
    ['["a","b"]', /:1: expected an object/],
    ['{"text":"x"}', /:1: "id" must be a string or number/],
  ])('bad .jsonl %j names the line', (content, message) => {
    expect(() => runScan(['--format', 'jsonl', file('bad.jsonl', content)])).toThrow(message);
  });

  test('unsupported file types are refused', () => {
    expect(() => runScan([file('x.pdf', '%PDF')])).toThrow(/unsupported file type/);
  });
});

describe('htmlToText', () => {
  test('blocks, headings, entities and skipped elements', () => {
    const { text, blocks } = htmlToText(
      '<!doctype html><title>T</title><style>p{}</style><h2>Head &amp; line</h2><p>One <i>two</i>&nbsp;three</p><noscript>x</noscript><template><p>y</p></template><ul><li>a</li><li>b</li></ul><!-- c -->',
    );
    expect(text).toBe('T\nHead & line\nOne two three\na\nb');
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.heading === true])).toEqual([
      ['T', true], ['Head & line', true], ['One two three', false], ['a', false], ['b', false],
    ]);
  });

  test('numeric entities and attributes with ">" inside quotes', () => {
    const { text } = htmlToText('<p title="a > b">stem&#8209;cell &#x2014; caf&eacute;</p>');
    expect(text).toBe('stem‑cell — café');
  });
});
