// ESLint flat config: typescript-eslint's recommended rules plus a few that catch real bugs.
// Formatting is Prettier's job (.prettierrc.json); no stylistic rules here.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'web/dist/**',
      'web/src/api/schema.d.ts',
      'data/**',
      'docs/openapi.json',
      'coverage/**',
      'bench/results/**',
      '.tmp/**',
    ],
  },
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-throw-literal': 'error',
      'no-debugger': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `import type` keeps type-only imports out of the emitted JavaScript.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Migrations are frozen in time and take Kysely<any> on purpose: they never import app types.
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
