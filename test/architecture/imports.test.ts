import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsOf } from './import-graph';

/*
 * Who may import whom (issue 14, point 2): no stage imports another stage (what several share is a service in
 * services/, or an adapter in adapters/, and neither imports a stage), the data layer and the adapters never
 * import HTTP, only tools and tests import the local stack, only tests import test helpers, and no import cycle.
 * Type-only imports count, for cycles too: they cost nothing at runtime, but a cycle of types is still two modules
 * that cannot be understood (or moved) one without the other.
 */

const graph = importGraph(['domain', 'events', 'functions', 'services', 'adapters', 'infra', 'bench']);
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

interface Edge {
  from: string;
  to: string;
}

/** The stage a file belongs to: its folder under functions/, except the shared code all stages use. */
const stageOf = (file: string) => {
  const stage = /^functions\/([^/]+)\//.exec(file)?.[1];
  return stage === 'shared' ? undefined : stage;
};

const RULES = {
  'no stage imports another stage': ({ from, to }: Edge) =>
    stageOf(from) !== undefined && stageOf(to) !== undefined && stageOf(from) !== stageOf(to),
  'services and adapters never import a stage': ({ from, to }: Edge) =>
    /^(services|adapters)\//.test(from) && stageOf(to) !== undefined,
  'the data layer and the adapters never import the HTTP layer': ({ from, to }: Edge) =>
    /^(functions\/shared\/data|adapters)\//.test(from) && to.startsWith('functions/shared/http/'),
  'only the local stack itself, bench/, infra/ops/ and tests import the local stack': ({ from, to }: Edge) =>
    to.startsWith('infra/local/') && !/^(infra\/local|bench|infra\/ops|test)\//.test(from),
  'nothing outside test/ imports from test/': ({ from, to }: Edge) =>
    to.startsWith('test/') && !from.startsWith('test/'),
} as const;
type Rule = keyof typeof RULES;

const violations = (rule: Rule) => edges.filter(RULES[rule]).map(({ from, to }) => `${from} → ${to}`);

describe('imports', () => {
  it('the graph holds the project’s files and their relative imports, type-only and dynamic ones too', () => {
    expect(graph.size).toBeGreaterThan(250);
    expect(graph.get('functions/programs/index.ts')).toContain('functions/shared/http/api-handler.ts');
    // `import type { ApiEvent, ApiResult } from './types'`
    expect(graph.get('functions/shared/http/api-handler.ts')).toContain('functions/shared/http/types.ts');
    // `await import('./load-fixture')`
    expect(graph.get('bench/load.ts')).toContain('bench/load-fixture.ts');
    expect(importsOf('import \'./side-effect\';\nexport * from "./all";')).toEqual([
      './side-effect',
      './all',
    ]);
  });

  it('the checks catch a cycle and an edge of each rule', () => {
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts', 'd.ts']],
          ['d.ts', []],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    const samples: Record<Rule, Edge> = {
      'no stage imports another stage': { from: 'functions/results/x.ts', to: 'functions/assessment/y.ts' },
      'services and adapters never import a stage': {
        from: 'services/testing/test-context.ts',
        to: 'functions/assessment/sheet.ts',
      },
      'the data layer and the adapters never import the HTTP layer': {
        from: 'adapters/sqs/x.ts',
        to: 'functions/shared/http/http-error.ts',
      },
      'only the local stack itself, bench/, infra/ops/ and tests import the local stack': {
        from: 'functions/shared/clock.ts',
        to: 'infra/local/calendar.ts',
      },
      'nothing outside test/ imports from test/': {
        from: 'infra/local/start.ts',
        to: 'test/integration/helpers.ts',
      },
    };
    for (const [rule, edge] of Object.entries(samples)) expect(RULES[rule as Rule](edge), rule).toBe(true);
    expect(
      RULES['no stage imports another stage']({
        from: 'functions/results/x.ts',
        to: 'functions/shared/y.ts',
      }),
    ).toBe(false);
    expect(
      RULES['the data layer and the adapters never import the HTTP layer']({
        from: 'functions/shared/data/x.ts',
        to: 'functions/shared/http/http-error.ts',
      }),
    ).toBe(true);
  });

  it('no import cycle', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it.each(Object.keys(RULES) as Rule[])('%s', (rule) => {
    expect(violations(rule)).toEqual([]);
  });
});
