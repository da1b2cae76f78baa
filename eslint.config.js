import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Extension code: no network, ever, and page text never becomes HTML.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'ClinicCheck makes no network request.' },
        { name: 'XMLHttpRequest', message: 'ClinicCheck makes no network request.' },
        { name: 'WebSocket', message: 'ClinicCheck makes no network request.' },
        { name: 'EventSource', message: 'ClinicCheck makes no network request.' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Insert text with textContent or Preact, never as HTML.' },
        { property: 'outerHTML', message: 'Insert text with textContent or Preact, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Insert text with textContent or Preact, never as HTML.' },
        { property: 'sendBeacon', message: 'ClinicCheck makes no network request.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page text as HTML.' },
      ],
    },
  },
  {
    // The pure core runs in Node and the command line: no browser glue.
    files: ['lib/**'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*', '@preact/*'] }],
    },
  },
);
