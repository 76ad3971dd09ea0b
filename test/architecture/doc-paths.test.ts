import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { ROOMS } from './import-graph';

/*
 * The README and docs/ follow the code (issue 14, point 1): every project path they name in backticks exists.
 * A path is a backticked token that starts with one of the project's folders; a `:line` suffix is dropped, a
 * `#name` suffix must name something the file holds, and a placeholder (`functions/<stage>/`) or glob (`test/**`)
 * is left alone, since it names a pattern, not a file.
 */

const PATH = new RegExp(`\`((?:${[...ROOMS, 'test', 'docs'].join('|')})/[^\`\\s]*)\``, 'g');

const documents = [
  'README.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs')).map((f) => join('docs', f)),
].filter((f) => f.endsWith('.md'));

/** The paths a markdown text names in backticks, without line suffixes and without patterns. */
export const pathsIn = (text: string) =>
  [...text.matchAll(PATH)]
    .map((m) => m[1]!.replace(/:[\d,~-]+$/, ''))
    .filter((path) => !/[<>*{}]/.test(path));

/** Whether `path` exists and, for `path#name`, the file holds `name`. */
const named = (reference: string) => {
  const [path, name] = reference.split('#') as [string, string | undefined];
  const file = join(PROJECT_ROOT, path);
  return existsSync(file) && (!name || readFileSync(file, 'utf8').includes(name));
};

describe('documented paths', () => {
  it('finds the paths of a text, without line suffixes and patterns', () => {
    expect(
      pathsIn(
        'see `runtime/clock.ts:12`, `runtime/clock.ts#now`, `functions/<stage>/`, `test/**` and `npm start`',
      ),
    ).toEqual(['runtime/clock.ts', 'runtime/clock.ts#now']);
    expect([
      named('runtime/clock.ts#now'),
      named('runtime/clock.ts#later'),
      named('runtime/gone.ts'),
    ]).toEqual([true, false, false]);
  });

  it.each(documents)('every path %s names exists', (document) => {
    const missing = pathsIn(readFileSync(join(PROJECT_ROOT, document), 'utf8')).filter(
      (path) => !named(path),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
