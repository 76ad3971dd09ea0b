import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', 'coverage', '.local'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no AWS SDK, no infrastructure, no handlers (DEVELOPERS.md, the design).
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@aws-sdk/*',
                'aws-sdk',
                'aws-cdk-lib',
                'aws-cdk-lib/*',
                'constructs',
                '@aws-lambda-powertools/*',
                '@middy/*',
              ],
              message: 'domain/ is pure: no AWS SDK, CDK or Lambda runtime imports.',
            },
            {
              group: [
                '**/functions/**',
                '**/runtime/**',
                '**/services/**',
                '**/adapters/**',
                '**/infra/**',
                '**/tools/**',
                '**/events/**',
              ],
              message:
                'domain/ must not depend on functions/, runtime/, services/, adapters/, infra/, tools/ or events/.',
            },
          ],
        },
      ],
    },
  },
);
