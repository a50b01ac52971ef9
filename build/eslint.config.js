// ESLint flat config (kept in build/ with the other build configs; `npm run lint` points at it).
// Type-aware rules from typescript-eslint, React hooks rules for the renderer.
import path from 'node:path';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '..');

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/release/**', '**/test-results/**', '**/playwright-report/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/renderer/**/*.ts', '**/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer is untrusted-input territory: Engine text must never become HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Engine data is text, never HTML.' },
      ],
      // The renderer must not bundle Node or the zod contract at run time.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // `electron` here also matches our own electron/shared folder: types from it are fine.
              group: ['node:*', 'electron', 'dockerode'],
              allowTypeImports: true,
              message: 'The renderer runs without Node.',
            },
            {
              group: ['**/electron/shared/contract'],
              allowTypeImports: true,
              message: 'Import the contract with `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
