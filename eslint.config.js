import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'public',
      'node_modules',
      'reports',
      'demo/dist',
      '.demo-data',
      'examples/*/.next',
      'examples/*/dist*',
      'examples/*/next-env.d.ts',
      'examples/*/public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A } from 'x'` keeps a bare `import 'x'` under verbatimModuleSyntax.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  // React's rules where React code can be: every .tsx, and the .ts of the hooks and components.
  // Run over the server, the scripts and the benchmarks too, they took over half of the lint's
  // time (react-hooks/static-components alone 4.2 s of 7.7) for files without a component.
  {
    files: ['**/*.tsx', 'src/hooks/**/*.ts', 'src/components/**/*.ts', 'test/**/hooks/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
