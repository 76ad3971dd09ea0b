import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { importsOf, sourceFiles } from './import-graph';

const importsOfFile = (file: string) => importsOf(readFileSync(file, 'utf8'));

describe('layering', () => {
  const domainFiles = sourceFiles(join(PROJECT_ROOT, 'domain'));

  it('finds the domain sources it checks', () => {
    expect(domainFiles.length).toBeGreaterThan(5);
  });

  it.each(domainFiles.map((f) => [relative(PROJECT_ROOT, f), f]))(
    '%s is pure: no AWS SDK, CDK, Lambda runtime, functions/, runtime/, services/, adapters/, infra/, tools/ or events/ import',
    (_name, file) => {
      const forbidden = importsOfFile(file).filter(
        (specifier) =>
          /^(@aws-sdk\/|aws-sdk|aws-cdk-lib|constructs|@aws-lambda-powertools\/|@middy\/|node:)/.test(
            specifier,
          ) || /(^|\/)(functions|runtime|services|adapters|infra|tools|events)(\/|$)/.test(specifier),
      );
      expect(forbidden).toEqual([]);
    },
  );

  it('the function handlers, runtime, services and adapters never import the CDK', () => {
    const offenders = ['functions', 'runtime', 'services', 'adapters']
      .flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)))
      .filter((file) => importsOfFile(file).some((s) => /^(aws-cdk-lib|constructs|cdk-nag)/.test(s)));
    expect(offenders).toEqual([]);
  });
});
