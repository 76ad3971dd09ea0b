import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../tools/local/paths';

/** The project's source rooms, each importing only the ones before it (README, "folder" table). */
export const ROOMS = [
  'domain',
  'events',
  'runtime',
  'adapters',
  'services',
  'functions',
  'infra',
  'tools',
] as const;

/** Every .ts file under `dir`, as absolute paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The module specifiers a source imports or re-exports: static, type-only, side-effect only and dynamic
 * `import()`. A regular expression, not a parser: enough for our own code, which the checks below read.
 */
export const importsOf = (source: string) =>
  [
    ...source.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3])!);

/** The file a relative specifier names (`./x` → `x.ts` or `x/index.ts`; `.js` stands for `.ts`); packages give none. */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  return [`${base}.ts`, join(base, 'index.ts'), base].find(
    (path) => path.endsWith('.ts') && existsSync(path),
  );
}

/**
 * The static import graph of the sources under `dirs`: each file (relative to the project root, `/`-separated)
 * with the project files it imports. An unresolvable relative import is a bug of the checker, so it throws.
 */
export function importGraph(dirs: readonly string[]): Map<string, string[]> {
  const name = (path: string) => relative(PROJECT_ROOT, path).split('\\').join('/');
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)))) {
    const targets = importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => {
        const target = resolveRelative(file, specifier);
        if (!target) throw new Error(`${name(file)}: cannot resolve ${specifier}`);
        return name(target);
      });
    graph.set(name(file), [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * The import cycles of a graph, one per strongly connected component (Tarjan), each reported as a closed path
 * `a → b → … → a` through that component, so a reader can follow it file by file.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  [...graph.keys()].sort().forEach((node) => index.has(node) || visit(node));
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** A shortest closed path through a component, starting from its first file in sort order. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
