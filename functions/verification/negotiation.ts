/*
 * Which answer a request of the public verification wants: a page for a person's browser, JSON for a program.
 */

export type Media = 'text/html' | 'application/json';

interface Range {
  type: string;
  q: number;
}

function ranges(accept: string): Range[] {
  return accept.split(',').flatMap((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!type) return [];
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return [{ type, q: Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 1 }];
  });
}

/** The weight `accept` gives `media` by its most specific matching range (RFC 9110 §12.5.1), and how specific. */
function weightOf(accept: Range[], media: Media): [q: number, specificity: number] {
  const major = `${media.split('/')[0]}/*`;
  let best: [number, number] = [0, -1];
  for (const range of accept) {
    const specificity = range.type === media ? 2 : range.type === major ? 1 : range.type === '*/*' ? 0 : -1;
    if (specificity > best[1]) best = [range.q, specificity];
  }
  return best;
}

/**
 * HTML or JSON, by the request's `Accept`: the one with the higher weight; at equal weight, the one named
 * rather than reached by a wildcard (`application/json` with any other type is a program; a browser's
 * `text/html` first and anything else at q=0.8 is a person). Undefined when the header does not tell them
 * apart: none, or only the wildcard.
 */
export function preferredMedia(accept: string | undefined): Media | undefined {
  if (!accept) return undefined;
  const parsed = ranges(accept);
  const [htmlQ, htmlSpecificity] = weightOf(parsed, 'text/html');
  const [jsonQ, jsonSpecificity] = weightOf(parsed, 'application/json');
  if (htmlQ !== jsonQ) return htmlQ > jsonQ ? 'text/html' : 'application/json';
  if (htmlQ === 0 || htmlSpecificity === jsonSpecificity) return undefined;
  return htmlSpecificity > jsonSpecificity ? 'text/html' : 'application/json';
}
