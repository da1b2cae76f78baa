/**
 * Hostile texts every exporter is tested with (shared by the checklist and
 * flags tests): formulas, quotes, line breaks, Markdown and HTML
 * metacharacters, right-to-left text, bidi controls, emoji and accents.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  `=cmd|' /C calc'!A0`,
  '=HYPERLINK("http://example.invalid","click")',
  '+1-555-0100',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'He said "permanent results", twice',
  'line one\nline two\r\nline three',
  '# Heading? * not a list\n- nor this\n1. nor this\n> nor a quote',
  '[click](javascript:alert(1)) ![img](x.png) `code` **bold** _em_ | pipe |',
  '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp;',
  "'single' quotes and a trailing backslash \\",
  'مرحبا بالعيادة — עברית',
  'evil \u202Egnp.exe\u202C reorder',
  '💉🧬 stem‑cell 👩🏽‍⚕️ ✨',
  'Ästhetik, crème, São Paulo, İstanbul, 東京',
  '    four spaces would be code',
  '',
];
