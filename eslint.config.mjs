import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The one-way dependency rule (app → components → lib): lib/ is pure TypeScript that runs in Node,
 * in a Web Worker and in the browser alike, so it may not import React, Next, Monaco or components/.
 */
const LIB_PURITY = [
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
];
const libPurity = {
  files: ['lib/**/*.ts', 'lib/**/*.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns: LIB_PURITY }] },
};

/**
 * A no-restricted-imports rule for `files`. ESLint replaces a rule's options for files that several
 * configurations match, so each boundary repeats the patterns of the wider rule it refines (`base`).
 */
function boundary(files, base, patterns, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [...base, ...patterns] }] },
  };
}

/** Where @monaco-editor/react may be imported from (see monacoReactInOnePlace). */
const MONACO_REACT = [
  {
    group: ['@monaco-editor/*'],
    message: 'Use the editor through components/editor/monaco-view.tsx, which configures its loader.',
  },
];

/**
 * Layers inside components/ and lib/ (docs/ARCHITECTURE.md): a primitive does not know the lessons, the
 * editor does not know the simulator, and the engine's lower modules import nothing above them.
 */
const NOT_LAB = {
  group: ['@/components/lab', '@/components/lab/*', '../lab/*'],
  message: 'The editor must not import the lab: it gets a LanguageSource.',
};
/**
 * The engine's layers, lowest first: a module imports only from its own layer and the layers below it.
 * `above` lists what each layer must not import; tests and test helpers may reach higher.
 */
const TOP = ['analyze', 'fix-size', 'cli', 'course', 'quiz', 'progress', 'worker', 'share'];
const LIB_LAYERS = [
  {
    files: ['lib/diagnostics.ts', 'lib/dockerfile/**', 'lib/variables/**', 'lib/catalog/**'],
    above: ['shell', 'plan', 'build', 'lint', 'language', ...TOP],
  },
  { files: ['lib/shell/**'], above: ['plan', 'build', 'lint', 'language', ...TOP] },
  { files: ['lib/plan/**'], above: ['build', 'lint', 'language', ...TOP] },
  { files: ['lib/build/**'], above: ['lint', 'language', ...TOP] },
  { files: ['lib/lint/**', 'lib/language/**'], above: TOP },
];
/** The import specifiers that reach the lib/ folder (or file) `name`: relative and `@/lib/…` alike. */
const importsOf = (name) => [`**/${name}`, `**/${name}/*`];
const LAYER_MESSAGE =
  'lib/ is layered (docs/ARCHITECTURE.md): diagnostics, dockerfile, variables, catalog → shell → plan → build → lint → analyze → cli, course, worker. A module must not import a layer above it.';

const innerBoundaries = [
  boundary(['components/ui/**'], MONACO_REACT, [
    {
      group: ['@/components/mdx', '@/components/mdx/*', '../mdx/*'],
      message: 'ui/ primitives must not import the lesson tags (mdx/).',
    },
  ]),
  boundary(['components/editor/**'], MONACO_REACT, [NOT_LAB], ['components/editor/monaco-view.tsx']),
  boundary(['components/editor/monaco-view.tsx'], [], [NOT_LAB]),
  ...LIB_LAYERS.map(({ files, above }) =>
    boundary(
      files,
      LIB_PURITY,
      [{ group: above.flatMap(importsOf), message: LAYER_MESSAGE }],
      ['lib/**/*.test.ts'],
    ),
  ),
];

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
  // After the wider rules: for a file several match, ESLint keeps the last rule's options.
  ...innerBoundaries,
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
