import jsonld from 'jsonld';
import * as rdfCanonize from 'rdf-canonize';

/*
 * RDFC-1.0 canonical N-Quads of the documents this system signs, computed from a dataset template per document
 * shape instead of by JSON-LD expansion of every document.
 *
 * Why (measured, docs/BENCHMARKS.md): expanding a credential with the type-scoped contexts of VC 2.0 and Open
 * Badges 3.0 takes about 10 ms in jsonld 9, 90% of the cost of signing it, while canonicalising its 150 quads
 * takes a few tenths of a millisecond. Every credential of one shape (the same keys, array lengths and non-string
 * values; only the strings differ) expands to the same quads with only those strings in them, so the shape is
 * expanded once by jsonld itself, with a sentinel for each string, and each document's quads are the template's
 * with its strings put back. rdf-canonize then canonicalises them as it would jsonld's own dataset.
 *
 * A string is put back only where that is exactly what jsonld would have produced:
 * - as a literal's value: jsonld never changes a string value;
 * - as an IRI (subject, object or graph): an absolute `http(s)://` IRI without whitespace, which jsonld neither
 *   resolves, vocabulary-maps nor drops. A string in an IRI position that is not one is a vocabulary term there
 *   (`achievementType: "Certification"`) or an IRI jsonld would change: it is kept in the shape, and that
 *   variant's template is jsonld's expansion with the string in it.
 * A shape where some sentinel comes out changed, split or absent (a JSON literal, a language tag, a predicate or
 * a datatype) is never templated: its documents always go through jsonld. The tests compare both paths on
 * generated credentials, and the npm verifier (@digitalbazaar/vc) checks the proofs.
 */

type Term = {
  termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
  value: string;
  datatype?: { termType: 'NamedNode'; value: string };
  language?: string;
};
type Quad = { subject: Term; predicate: Term; object: Term; graph: Term };
type DocumentLoader = (url: string) => Promise<unknown>;
export interface CanonizeOptions {
  documentLoader: DocumentLoader;
  [option: string]: unknown;
}

/** A quad position: a term of the template, whose value is the document's `string`-th string when given. */
type Slot = { term: Term; string?: number };
type SlotQuad = [subject: Slot, predicate: Slot, object: Slot, graph: Slot];
interface Template {
  quads: SlotQuad[];
  /** The strings that land in IRI positions. */
  iris: number[];
  /** Quads equal but for their strings, which jsonld would merge into one if the strings are equal. */
  twins: number[][];
  /** The values of the template's fixed terms: a string equal to one may merge with it. */
  fixed: Set<string>;
  /** This shape with some IRI-position strings kept, by those strings. */
  variants: Map<string, Template | 'UNTEMPLATABLE'>;
}
interface Skeleton {
  skeleton: unknown;
  strings: string[];
  /** How many of the strings are sentinels in the skeleton. */
  templated: number;
}

const SENTINEL = 'https://sentinel.invalid/s';
const SENTINEL_PATTERN = /^https:\/\/sentinel\.invalid\/s(\d+)$/;
const ABSOLUTE_HTTP_IRI = /^https?:\/\/\S*$/;
/** Bounded: a shape is a credential's array lengths (units per scheme level), so a handful in practice. */
const MAX_SHAPES = 64;
const templates = new Map<string, Template | 'UNTEMPLATABLE'>();

/** Keys whose string values are vocabulary terms or contexts, never data: they stay in the shape. */
const STRUCTURAL_KEYS = new Set(['@context', 'type', '@type']);

/**
 * The document with its data strings replaced by sentinels (but those numbered in `kept`), and all its data
 * strings in document order.
 */
function skeletonOf(document: unknown, kept: ReadonlySet<number> = new Set()): Skeleton {
  const strings: string[] = [];
  const walk = (value: unknown, structural: boolean): unknown => {
    if (typeof value === 'string') {
      if (structural) return value;
      const index = strings.push(value) - 1;
      return kept.has(index) ? value : `${SENTINEL}${index}`;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, structural));
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = walk(item, structural || STRUCTURAL_KEYS.has(key));
    return copy;
  };
  const skeleton = walk(document, false);
  return { skeleton, strings, templated: strings.length - kept.size };
}

/** The slot of a term of the skeleton's dataset, or null where a sentinel is somewhere a template cannot redo. */
function slotOf(term: Term, position: number, seen: Set<number>): Slot | null {
  const match = SENTINEL_PATTERN.exec(term.value);
  if (!match) {
    const inside = [term.value, term.datatype?.value, term.language].some((text) => text?.includes(SENTINEL));
    return inside ? null : { term };
  }
  const string = Number(match[1]);
  const literal = term.termType === 'Literal' && position === 2;
  const iri = term.termType === 'NamedNode' && position !== 1;
  if (!literal && !iri) return null;
  seen.add(string);
  return { term, string };
}

const PLACEHOLDER_KEY = (slot: Slot) =>
  slot.string === undefined
    ? keyOf([slot.term])
    : `*${slot.term.termType}${slot.term.datatype?.value ?? ''}|${slot.term.language ?? ''}|`;

async function templateOf(
  { skeleton, templated }: Skeleton,
  options: CanonizeOptions,
): Promise<Template | null> {
  let dataset: Quad[];
  try {
    dataset = (await jsonld.toRDF(skeleton, toRdfOptions(options))) as Quad[];
  } catch {
    return null; // a sentinel where jsonld checks the string's form: not templatable
  }
  const seen = new Set<number>();
  const quads: SlotQuad[] = [];
  for (const { subject, predicate, object, graph } of dataset) {
    const slots = [subject, predicate, object, graph].map((term, position) => slotOf(term, position, seen));
    if (slots.some((slot) => slot === null)) return null;
    quads.push(slots as SlotQuad);
  }
  // Every string must land whole in the dataset, or jsonld did something with it that a template cannot redo.
  if (seen.size !== templated) return null;
  const iris = new Set<number>();
  const fixed = new Set<string>();
  const bySignature = new Map<string, number[]>();
  quads.forEach((slots, index) => {
    for (const slot of slots) {
      if (slot.string === undefined) fixed.add(slot.term.value);
      else if (slot.term.termType === 'NamedNode') iris.add(slot.string);
    }
    if (slots.every((slot) => slot.string === undefined)) return;
    const signature = slots.map(PLACEHOLDER_KEY).join('');
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), index]);
  });
  const twins = [...bySignature.values()].filter((group) => group.length > 1);
  return { quads, iris: [...iris], twins, fixed, variants: new Map() };
}

function keyOf(terms: readonly Term[]): string {
  // Length-prefixed, so no value (whatever characters it holds) can run into the next.
  let key = '';
  for (const { termType, value, datatype, language } of terms) {
    key += `${termType[0]}${value.length}:${value}${datatype?.value ?? ''}|${language ?? ''}|`;
  }
  return key;
}

/** The options the eddsa-rdfc-2022 cryptosuite gives jsonld.toRDF (its lib/canonize.js). */
function toRdfOptions(options: CanonizeOptions) {
  return { base: null, safe: true, rdfDirection: 'i18n-datatype', ...options, produceGeneralizedRdf: false };
}

function bounded<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_SHAPES) cache.clear();
  cache.set(key, value);
  return value;
}

/** The template of the document's shape, or of its variant keeping the strings that are not http(s) IRIs. */
async function templateFor(document: unknown, options: CanonizeOptions) {
  const skeleton = skeletonOf(document);
  const { strings } = skeleton;
  const shape = JSON.stringify(skeleton.skeleton);
  const template =
    templates.get(shape) ??
    bounded(templates, shape, (await templateOf(skeleton, options)) ?? 'UNTEMPLATABLE');
  if (template === 'UNTEMPLATABLE') return null;
  const terms = template.iris.filter((i) => !ABSOLUTE_HTTP_IRI.test(strings[i]!));
  if (terms.length === 0) return { template, strings };
  const variantKey = JSON.stringify(terms.map((i) => [i, strings[i]]));
  const variant =
    template.variants.get(variantKey) ??
    bounded(
      template.variants,
      variantKey,
      (await templateOf(skeletonOf(document, new Set(terms)), options)) ?? 'UNTEMPLATABLE',
    );
  if (variant === 'UNTEMPLATABLE' || variant.iris.some((i) => !ABSOLUTE_HTTP_IRI.test(strings[i]!)))
    return null;
  return { template: variant, strings };
}

const fill = (slot: Slot, strings: readonly string[]): Term =>
  slot.string === undefined ? slot.term : { ...slot.term, value: strings[slot.string]! };

/**
 * The template's quads with the document's strings. Nodes given the same IRI in two places (a result and the
 * description it points at) are one node to jsonld, which keeps each of their triples once: filled quads that
 * came out equal are kept once too.
 */
function filled({ quads, twins, fixed }: Template, strings: readonly string[]): Quad[] {
  const dataset = quads.map(([s, p, o, g]) => ({
    subject: fill(s, strings),
    predicate: fill(p, strings),
    object: fill(o, strings),
    graph: fill(g, strings),
  }));
  const terms = (q: Quad) => [q.subject, q.predicate, q.object, q.graph];
  const candidates = strings.some((string) => fixed.has(string)) ? [dataset.map((_, i) => i)] : twins;
  const duplicates = new Set<number>();
  for (const group of candidates) {
    const keys = new Set<string>();
    for (const index of group) {
      const key = keyOf(terms(dataset[index]!));
      if (keys.has(key)) duplicates.add(index);
      keys.add(key);
    }
  }
  return duplicates.size === 0 ? dataset : dataset.filter((_, index) => !duplicates.has(index));
}

/**
 * The RDFC-1.0 canonical N-Quads of `document`, identical to what the eddsa-rdfc-2022 cryptosuite's own
 * `canonize` returns for it; a drop-in for that function.
 */
export async function canonize(document: unknown, options: CanonizeOptions): Promise<string> {
  const found = await templateFor(document, options);
  const dataset = found
    ? filled(found.template, found.strings)
    : await jsonld.toRDF(document, toRdfOptions(options));
  return rdfCanonize.canonize(dataset, { algorithm: 'RDFC-1.0', format: 'application/n-quads' });
}
