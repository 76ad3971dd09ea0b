import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../tools/local/paths';

/*
 * Every access pattern of docs/data-model.md has one exact-command test beside its repository (issue 14, point
 * 3): each id of the document starts the title of exactly one test in test/adapters/dynamodb/*-repository.test.ts,
 * and no such title names an id the document does not have.
 */

const ID = /[A-Z]+\d+[a-z]?/;
const DOC_ROW = new RegExp(`^\\| (${ID.source}) +\\|`, 'gm');
const TEST_TITLE = new RegExp(`\\bit(?:\\.each\\([^)]*\\))?\\(\\s*['"\`](${ID.source}):`, 'g');

/** The access-pattern ids a data-model document declares, in order. */
export const documentedIds = (markdown: string) => [...markdown.matchAll(DOC_ROW)].map((m) => m[1]!);
/** The ids that start a test title in a test source. */
export const testedIds = (source: string) => [...source.matchAll(TEST_TITLE)].map((m) => m[1]!);

const here = join(PROJECT_ROOT, 'test', 'adapters', 'dynamodb');
const documented = documentedIds(readFileSync(join(PROJECT_ROOT, 'docs', 'data-model.md'), 'utf8'));
const tested = readdirSync(here)
  .filter((file) => file.endsWith('-repository.test.ts'))
  .flatMap((file) => testedIds(readFileSync(join(here, file), 'utf8')));

const count = (ids: string[]) =>
  ids.reduce((counts, id) => counts.set(id, (counts.get(id) ?? 0) + 1), new Map<string, number>());

describe('access patterns', () => {
  it('reads ids from document rows and test titles', () => {
    expect(documentedIds('| S1  | seat |\n| U2a | read |\n| -- | -- |\n| key | x |')).toEqual(['S1', 'U2a']);
    expect(testedIds("it('S4: seats', …); it('seats a full cohort', …); it(`R5a: books`, …)")).toEqual([
      'S4',
      'R5a',
    ]);
  });

  it('the document declares each id once', () => {
    expect([...count(documented)].filter(([, n]) => n > 1)).toEqual([]);
    expect(documented.length).toBeGreaterThan(100);
  });

  it('every documented access pattern has exactly one exact-command test beside its repository', () => {
    const counts = count(tested);
    expect(
      documented.filter((id) => counts.get(id) !== 1).map((id) => `${id} ×${counts.get(id) ?? 0}`),
    ).toEqual([]);
  });

  it('no repository test names an access pattern the document does not have', () => {
    expect(tested.filter((id) => !documented.includes(id))).toEqual([]);
  });
});
