import { build } from 'esbuild';
import fc from 'fast-check';
// The module the bundles replace (a dependency of @aws-sdk/endpoint-cache): the reference to answer as.
import MnemonistLru from 'mnemonist/lru-cache';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/bundling';
import LRUCache from '../../infra/lru-cache';
import { probeEndpointCache } from './fixtures/endpoint-cache-probe';

type Op =
  { op: 'set'; key: string; value: number } | { op: 'get' | 'peek' | 'has'; key: string } | { op: 'clear' };

// Few keys, so that sequences update, re-read and evict the same entries.
const KEYS = ['k0', 'k1', 'k2', 'k3', 'k4'];
const key = fc.constantFrom(...KEYS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), key, value: fc.integer() }),
  fc.record({ op: fc.constantFrom('get' as const, 'peek' as const, 'has' as const), key }),
  fc.record({ op: fc.constant('clear' as const) }),
);

/** What a cache answers to each read of the sequence (writes answer nothing), and then which keys it holds. */
function run(cache: Pick<LRUCache<string, number>, keyof LRUCache<string, number>>, ops: Op[]) {
  const answers = ops.map((o) => {
    if (o.op === 'clear') return cache.clear();
    if (o.op === 'set') return void cache.set(o.key, o.value);
    return cache[o.op](o.key);
  });
  return { answers, held: KEYS.map((k) => cache.peek(k)) };
}

describe('the LRU cache bundled in place of mnemonist/lru-cache (infra/lru-cache.ts)', () => {
  it('answers has, peek, get, set and clear as mnemonist does, evicting the same entries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        expect(run(new LRUCache(capacity), ops)).toEqual(run(new MnemonistLru(capacity), ops));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a capacity that is not positive, as mnemonist does', () => {
    for (const capacity of [0, -1]) {
      expect(() => new LRUCache(capacity)).toThrow('capacity should be positive number');
      expect(() => new MnemonistLru(capacity)).toThrow('capacity should be positive number');
    }
  });

  describe('in a bundle built with the deployed esbuild options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lru-cache-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('replaces mnemonist in the DynamoDB endpoint-discovery cache, which answers as it does unbundled', async () => {
      const entry = join(import.meta.dirname, 'fixtures', 'endpoint-cache-probe.ts');
      const result = await build(esbuildOptions(entry));
      const inputs = Object.keys(result.metafile!.inputs);
      const file = join(dir, 'probe.mjs');
      writeFileSync(file, result.outputFiles![0]!.contents);
      const bundled = (await import(
        pathToFileURL(file).href
      )) as typeof import('./fixtures/endpoint-cache-probe');

      expect(inputs.filter((input) => input.includes('mnemonist'))).toEqual([]);
      expect(inputs).toContain('infra/lru-cache.ts');
      expect(bundled.probeEndpointCache()).toEqual(probeEndpointCache());
      expect(probeEndpointCache()).toEqual({
        read: 'a.example',
        afterEviction: ['a', 'c'],
        afterUpdate: { held: ['a', 'd'], a: 'a2.example' },
        afterDelete: ['d'],
        afterClear: [],
      });
    });
  });
});
