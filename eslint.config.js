// Lint rules that keep the architecture honest: layers import one way only (as VS Code
// enforces common/browser/electron-main), and no user-visible text is written bare in JSX.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformModules = ['electron', 'react', 'react-dom', 'dexie', 'zustand', 'fs', 'path', 'os', 'child_process'];

/** Rejects JSX text containing letters: it must come from i18n (`t('…')`). */
const noBareJsxText = {
  meta: { type: 'problem', messages: { bare: 'User-visible text must go through i18n: "{{text}}"' } },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (/\p{L}/u.test(text)) context.report({ node, messageId: 'bare', data: { text: text.slice(0, 40) } });
      },
    };
  },
};

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Not allowed in this layer.' })), patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'release/', '**/*.d.ts', 'test/.tmp/', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [
        { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
        { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ imports nothing from other layers.' },
      ],
      platformModules,
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, pilah: { rules: { 'no-bare-jsx-text': noBareJsxText } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'pilah/no-bare-jsx-text': 'error',
      ...restrict(
        [
          { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node modules.' },
          { group: ['**/electron/**', '**/cli/**'], message: 'The renderer reaches main only through lib/api.ts.' },
        ],
        ['electron', 'fs', 'path', 'os', 'child_process'],
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**', '**/cli/**'], message: 'Main never imports the renderer or the CLI.' }], ['react', 'react-dom', 'dexie', 'zustand']),
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([{ group: ['**/renderer/**', '**/electron/**'], message: 'The CLI works over shared/ only.' }], ['electron', 'react', 'react-dom', 'dexie', 'zustand']),
  },
  {
    // Speed is measured by `npm run bench`, never asserted by a test: a loaded CI machine made a
    // wall-clock assertion fail once.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'performance', property: 'now', message: 'No timed assertions in tests: measure speed in bench/.' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'bin/**/*.mjs', 'bench/**/*.ts', 'test/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
