// ESLint flat config: typescript-eslint's type-aware recommended rules over every TypeScript file
// the compiler checks (tsconfig.json); `npm run lint`. Each rule turned off says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated types are checked for drift by `npm run types:check`, not linted; plain JS files are
  // a handful of launch and config scripts outside the TypeScript project.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/generated/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The code base drops fields by destructuring them into `_name` variables
      // (`const { secret: _secret, ...rest } = row`) and names unused parameters `_x`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Off: wire values arrive as `unknown` and are deliberately written back with String(value)
      // (error texts, signatures, CSV-like keys) after the schema has checked they are scalars;
      // the rule cannot see that check and flags ~35 of these, none of them a bug.
      '@typescript-eslint/no-base-to-string': 'off',
      // Off: ports and stores are Promise-returning interfaces; an implementation that needs no
      // await keeps `async` so a throw still becomes a rejection the caller handles.
      '@typescript-eslint/require-await': 'off',
      // Rethrowing a caught `unknown` (a body-parser error, a handler's failure) is how errors
      // travel through the pipeline unchanged; new errors are still Error objects.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // `never` in a template is the unreachable branch of an exhaustive switch (it reports the
      // value the types ruled out); URLSearchParams stringifies to its query string.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNever: true,
          allowNumber: true,
          allow: [
            { from: 'lib', name: ['URLSearchParams', 'URL'] },
            { from: 'package', package: 'url', name: ['URLSearchParams', 'URL'] },
          ],
        },
      ],
    },
  },
  {
    // Tests read supertest's `response.body`, which is `any` by design, and assert it with expect:
    // the no-unsafe-* family flags ~850 such reads in tests, none of which can reach production.
    files: ['test/**/*.ts', '**/*.test.ts', 'src/testing/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test doubles stand in for typed objects with `as any` where only one member matters.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
