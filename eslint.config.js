// Lint config: typescript-eslint (type-aware for promise rules) plus react-hooks.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/node22/**', '.tmp/**', 'src/build/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The pure core: strings and data in, data out. No terminal, no disk, no clock of its own.
    files: ['src/{content,tcp,srs,session,text}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['ink', 'react', 'conf'].map((name) => ({
            name,
            message:
              'The pure core (content, tcp, srs, session, text) never imports ink, react or conf.',
          })),
          patterns: [
            {
              group: ['node:*', '**/ui/*', '**/cli/*'],
              message: 'The pure core imports no node:* built-ins, and nothing from ui/ or cli/.',
            },
            {
              // The trainer is handed a store; it may name the store's interface, no more.
              group: ['**/store/*'],
              allowTypeImports: true,
              message: 'The pure core may only import types from store/.',
            },
          ],
        },
      ],
    },
  },
);
