import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { sourceFiles } from './import-graph';

/*
 * The error-code convention of docs/conventions.md: a code written by the HTTP layer or a stage is either a
 * protocol or state code in upper SNAKE_CASE, or (on 422 only) a rule code catalogued in docs/rules.md.
 */

const SNAKE_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** A code given literally: `new HttpError(status, 'CODE'`, `conflict('CODE'`, `refused('CODE'`. */
const WRITTEN = /(?:new HttpError\(\s*(\d{3}),|conflict\(|refused\()\s*'([^']+)'/g;

const ruleCodes = new Set(
  [...readFileSync(join(PROJECT_ROOT, 'docs', 'rules.md'), 'utf8').matchAll(/^\| `([A-Z0-9-]+)`/gm)].map(
    (m) => m[1]!,
  ),
);

/** Every code a source writes, with the status it is written with (undefined where a helper sets it). */
export const codesIn = (source: string) =>
  [...source.matchAll(WRITTEN)].map((m) => ({ status: m[1] ? Number(m[1]) : undefined, code: m[2]! }));

const misfits = (source: string) =>
  codesIn(source)
    .filter(({ status, code }) => !SNAKE_CASE.test(code) && !(status === 422 && ruleCodes.has(code)))
    .map(({ status, code }) => `${status ?? '?'} ${code}`);

describe('error codes', () => {
  const files = ['runtime', 'services', 'functions'].flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)));

  it('reads the codes written and the rule catalogue', () => {
    expect(ruleCodes.has('UJI-HARI-UJI')).toBe(true);
    expect(files.flatMap((file) => codesIn(readFileSync(file, 'utf8'))).length).toBeGreaterThan(40);
    expect(misfits("new HttpError(409, 'Sudah-ada', 'x'); new HttpError(400, 'UJI-HARI-UJI', 'x')")).toEqual([
      '409 Sudah-ada',
      '400 UJI-HARI-UJI',
    ]);
    expect(misfits("new HttpError(422, 'UJI-HARI-UJI', 'x'); conflict('SEAT_CHANGED', 'x')")).toEqual([]);
  });

  it.each(files.map((file) => [relative(PROJECT_ROOT, file), file]))(
    '%s writes SNAKE_CASE codes, or a catalogued rule code on 422',
    (_name, file) => {
      expect(misfits(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
