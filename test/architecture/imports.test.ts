import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsOf, ROOMS } from './import-graph';

/*
 * Who may import whom (issue 14, point 2). The rooms, each importing only rooms above it: domain/ and events/;
 * runtime/ (clock, logger, clients, queue worker: no adapter, no HTTP); adapters/ (DynamoDB, S3, SQS, EventBridge,
 * PDF: never HTTP); runtime/http/ (the API handler); services/ (what several stages share); functions/<stage>/
 * (no stage imports another). Only tools and tests import the local stack, only tests import test helpers, and
 * there is no import cycle.
 * Type-only imports count, for cycles too: they cost nothing at runtime, but a cycle of types is still two modules
 * that cannot be understood (or moved) one without the other.
 */

const graph = importGraph(ROOMS);
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

interface Edge {
  from: string;
  to: string;
}

/** The stage a file belongs to: its folder under functions/. */
const stageOf = (file: string) => /^functions\/([^/]+)\//.exec(file)?.[1];
const isHttp = (file: string) => file.startsWith('runtime/http/');

const RULES = {
  'no stage imports another stage': ({ from, to }: Edge) =>
    stageOf(from) !== undefined && stageOf(to) !== undefined && stageOf(from) !== stageOf(to),
  'runtime, adapters and services never import a stage': ({ from, to }: Edge) =>
    /^(runtime|adapters|services)\//.test(from) && stageOf(to) !== undefined,
  'the runtime core imports neither an adapter, a service nor the HTTP layer': ({ from, to }: Edge) =>
    from.startsWith('runtime/') && !isHttp(from) && (/^(adapters|services)\//.test(to) || isHttp(to)),
  'the adapters never import the HTTP layer or a service': ({ from, to }: Edge) =>
    from.startsWith('adapters/') && (isHttp(to) || to.startsWith('services/')),
  'only tools and tests import the local stack': ({ from, to }: Edge) =>
    to.startsWith('tools/local/') && !/^(tools|test)\//.test(from),
  'infra/ is CDK only: it imports no tool': ({ from, to }: Edge) =>
    from.startsWith('infra/') && to.startsWith('tools/'),
  'nothing outside test/ imports from test/': ({ from, to }: Edge) =>
    to.startsWith('test/') && !from.startsWith('test/'),
} as const;
type Rule = keyof typeof RULES;

const violations = (rule: Rule) => edges.filter(RULES[rule]).map(({ from, to }) => `${from} → ${to}`);

describe('imports', () => {
  it('the graph holds the project’s files and their relative imports, type-only and dynamic ones too', () => {
    expect(graph.size).toBeGreaterThan(250);
    expect(graph.get('functions/programs/index.ts')).toContain('runtime/http/api-handler.ts');
    // `import type { ApiEvent, ApiResult } from './types'`
    expect(graph.get('runtime/http/api-handler.ts')).toContain('runtime/http/types.ts');
    // `await import('./load-fixture')`
    expect(graph.get('tools/bench/load.ts')).toContain('tools/bench/load-fixture.ts');
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
      'runtime, adapters and services never import a stage': {
        from: 'services/testing/test-context.ts',
        to: 'functions/assessment/sheet.ts',
      },
      'the runtime core imports neither an adapter, a service nor the HTTP layer': {
        from: 'runtime/sqs-worker.ts',
        to: 'adapters/dynamodb/table.ts',
      },
      'the adapters never import the HTTP layer or a service': {
        from: 'adapters/dynamodb/x.ts',
        to: 'runtime/http/http-error.ts',
      },
      'only tools and tests import the local stack': {
        from: 'runtime/clock.ts',
        to: 'tools/local/calendar.ts',
      },
      'infra/ is CDK only: it imports no tool': { from: 'infra/stack.ts', to: 'tools/local/ports.ts' },
      'nothing outside test/ imports from test/': {
        from: 'tools/local/start.ts',
        to: 'test/integration/helpers.ts',
      },
    };
    for (const [rule, edge] of Object.entries(samples)) expect(RULES[rule as Rule](edge), rule).toBe(true);
    expect(
      RULES['no stage imports another stage']({
        from: 'functions/results/x.ts',
        to: 'functions/results/y.ts',
      }),
    ).toBe(false);
    expect(
      RULES['the runtime core imports neither an adapter, a service nor the HTTP layer']({
        from: 'runtime/http/scope.ts',
        to: 'adapters/dynamodb/table.ts',
      }),
    ).toBe(false);
  });

  it('no import cycle', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it.each(Object.keys(RULES) as Rule[])('%s', (rule) => {
    expect(violations(rule)).toEqual([]);
  });
});
