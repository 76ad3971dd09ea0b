import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/local/paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);

describe('layering', () => {
  const domainFiles = sourceFiles(join(PROJECT_ROOT, 'domain'));

  it('finds the domain sources it checks', () => {
    expect(domainFiles.length).toBeGreaterThan(5);
  });

  it.each(domainFiles.map((f) => [relative(PROJECT_ROOT, f), f]))(
    '%s is pure: no AWS SDK, CDK, Lambda runtime, functions/, infra/ or events/ import',
    (_name, file) => {
      const forbidden = importsOf(file).filter(
        (specifier) =>
          /^(@aws-sdk\/|aws-sdk|aws-cdk-lib|constructs|@aws-lambda-powertools\/|@middy\/|node:)/.test(
            specifier,
          ) || /(^|\/)(functions|infra|events)(\/|$)/.test(specifier),
      );
      expect(forbidden).toEqual([]);
    },
  );

  it('the function handlers never import the CDK', () => {
    const offenders = sourceFiles(join(PROJECT_ROOT, 'functions')).filter((file) =>
      importsOf(file).some((s) => /^(aws-cdk-lib|constructs|cdk-nag)/.test(s)),
    );
    expect(offenders).toEqual([]);
  });
});
