import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (design.md §1): the pure core never imports the view, the store or IndexedDB.
const uiOnly = ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'idb'];
const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group: [group],
        message: 'Layering rule: the pure core stays free of the view, store and storage.',
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e*',
      'dist-bench',
      'node_modules',
      'test-results*',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/model/**', 'src/codebook/**', 'src/analysis/**', 'src/io/**', 'src/cli/**'],
    rules: restrict([...uiOnly, '**/store/**', '**/persistence/**', '**/canvas/**', '**/ui/**']),
  },
  {
    files: ['src/persistence/**'],
    rules: restrict(['react', 'react-dom', 'cytoscape', '**/store/**', '**/canvas/**', '**/ui/**']),
  },
  {
    files: ['src/store/**'],
    rules: restrict(['react-dom', 'cytoscape', 'idb', '**/canvas/**', '**/ui/**']),
  },
);
