import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The one-way dependency rule (app → components → lib): lib/ is pure TypeScript that runs in Node,
 * in a Web Worker and in the browser alike, so it may not import React, Next, Monaco or components/.
 */
const libPurity = {
  files: ['lib/**/*.ts', 'lib/**/*.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ must not import React.' },
          { group: ['next', 'next/*'], message: 'lib/ must not import Next.' },
          {
            group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
            message: 'lib/ must not import Monaco.',
          },
          {
            group: ['@/components', '@/components/*', '**/components/*', '@/app/*'],
            message: 'lib/ must not import components/ or app/ (dependencies point app → components → lib).',
          },
        ],
      },
    ],
  },
};

/**
 * @monaco-editor/react lives in one module, components/editor/monaco-view.tsx: it hands the loader the
 * Monaco of the site's own bundle before any editor mounts (without that the loader fetches Monaco from a
 * CDN), and it is only ever imported lazily, which keeps the editor out of a page's first load.
 */
const monacoReactInOnePlace = {
  files: ['app/**/*.ts', 'app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx'],
  ignores: ['components/editor/monaco-view.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@monaco-editor/*'],
            message: 'Use the editor through components/editor/monaco-view.tsx, which configures its loader.',
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  libPurity,
  monacoReactInOnePlace,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pages link with plain anchors on purpose: every page is a prerendered document, and next/link
      // would add its client-side navigation code to every page's first load (see active-link.tsx).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'out/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'content/examples/**',
    ],
  },
];

export default config;
