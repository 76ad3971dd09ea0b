import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every article of Perban BKN 7/2020 and Perka BKN 11/2008 cited in docs/rules.md (and data-model.md, README.md)
 * and in the code (rule articles, comments, descriptions: every comment and string literal of domain/, functions/
 * and events/) exists in the regulation's text (docs/sources/): the Pasal, its ayat, the huruf in that ayat (or
 * in the Pasal when it has no ayat) and the angka under a huruf; for Perka BKN 11/2008 the Lampiran section path
 * and the items of the Anak Lampiran.
 *
 * How a citation is read:
 * - A bare `Pasal …` cites the document last named in the same comment, string, table row or paragraph, and
 *   Perban BKN 7/2020 when none is named (it is the regulation the system implements).
 * - Forms read: `Pasal 31(2)b`, `31(1)a-c`, `25f/h`, `32 a-h`, `28(2) e-l`, `36(4)-(6)`, `36(4) dan (6)`,
 *   `36 ayat (3)`, `21e angka 3`, `21e angka 1-3`, `1 angka 16`, `34-36`, and lists continued without `Pasal`
 *   (`Pasal 25h, 36(1)d`, `Pasal 2a, 2d, 25h`); `Lampiran III.2.a.3)`, `II.A.4-6`, `III.2 Laporan 1)-3)`,
 *   `II.B, III.2 Laporan`; `Anak Lampiran (5), (11)`, `(1)-(11)`. A citation that goes on in a form not read
 *   here (`Pasal 21e(3)`) fails the test rather than being half checked.
 * - Skipped, explicitly: citations of documents that are not among the regulation texts (Perka BKN 22/2007,
 *   PP 11/2017, PP 17/2020, the SKB 3 Menteri, Peraturan LAN 6/2022, UU 20/2023, Keputusan Presiden) and of the
 *   2019 Pusbang ASN letter and handbook (seed 003), whose sections have no article numbers.
 * - Not read: a bare `Lampiran I` outside a Perka BKN 11/2008 context (the 2019 letter's attachment has the same
 *   name), and the part of a citation built at run time (`Pasal 30(4)${letter}` is read as `Pasal 30(4)`).
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const source = (name: string) => readFileSync(join(ROOT, 'docs', 'sources', name), 'utf8');

// ---------------------------------------------------------------------------------------------------------------
// The regulation texts

interface Outline {
  /** Huruf → the angka listed under it (`1)`, `2)` …). */
  letters: Map<string, Set<string>>;
  /** Angka listed directly (Pasal 1's definitions). */
  numbers: Set<string>;
}
interface Article {
  root: Outline;
  ayat: Map<string, Outline>;
}

const outline = (): Outline => ({ letters: new Map(), numbers: new Set() });

/** Pasal → ayat → huruf → angka, from the text of a regulation's body. */
function articlesOf(text: string): Map<string, Article> {
  const articles = new Map<string, Article>();
  let article: Article | undefined;
  let at: Outline | undefined;
  let letter: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\*\*/g, '').trim();
    let m: RegExpExecArray | null;
    if ((m = /^Pasal (\d+)$/.exec(line))) {
      article = { root: outline(), ayat: new Map() };
      articles.set(m[1]!, article);
      at = article.root;
      letter = undefined;
    } else if (!article) continue;
    else if ((m = /^-?\s*\((\d+)\)\s/.exec(line))) {
      at = article.ayat.get(m[1]!) ?? outline();
      article.ayat.set(m[1]!, at);
      letter = undefined;
    } else if ((m = /^-?\s*([a-z])\.\s/.exec(line))) {
      letter = m[1]!;
      at!.letters.set(letter, new Set());
    } else if ((m = /^-?\s*(\d+)\)\s/.exec(line)) && letter) at!.letters.get(letter)!.add(m[1]!);
    else if ((m = /^(\d+)\.\s/.exec(line))) at!.numbers.add(m[1]!);
  }
  return articles;
}

/**
 * Every section path of Perka BKN 11/2008's Lampiran (`II.A.4`, `III.2.a.3`, `III.2.Laporan.1`) and the items
 * of its Anak Lampiran. In III.2 the letters of b and c were lost in the text: they are the headings
 * "Pelaksanaan :" and "Laporan :".
 */
function lampiranOf(text: string): { paths: Set<string>; anak: Set<string> } {
  const [, body = '', anakText = ''] = text.split(/LAMPIRAN PERATURAN KEPALA|ANAK LAMPIRAN PERATURAN KEPALA/);
  const paths = new Set<string>();
  const levels = ['roman', 'capital', 'number', 'letter', 'item'] as const;
  let path: { level: (typeof levels)[number]; label: string }[] = [];
  const enter = (level: (typeof levels)[number], label: string) => {
    path = [...path.filter((p) => levels.indexOf(p.level) < levels.indexOf(level)), { level, label }];
    paths.add(path.map((p) => p.label).join('.'));
  };
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^#+\s*/, '').trim();
    let m: RegExpExecArray | null;
    if ((m = /^(I|II|III|IV|V)\.\s/.exec(line))) enter('roman', m[1]!);
    else if ((m = /^([A-Z])\.\s/.exec(line))) enter('capital', m[1]!);
    else if ((m = /^(\d+)\.\s/.exec(line))) enter('number', m[1]!);
    else if ((m = /^-?\s*([a-z])\.\s/.exec(line))) enter('letter', m[1]!);
    else if ((m = /^([A-Z][a-z]+) :$/.exec(line))) enter('letter', m[1]!);
    else if ((m = /^-?\s*(\d+)\)\s/.exec(line))) enter('item', m[1]!);
  }
  const anak = new Set([...anakText.matchAll(/^\((\d+)\)\t/gm)].map((m) => m[1]!));
  return { paths, anak };
}

const PERBAN = articlesOf(source('perban-bkn-7-2020.txt'));
const PERKA_TEXT = source('perka-bkn-11-2008.txt');
const PERKA = {
  articles: articlesOf(PERKA_TEXT.split('LAMPIRAN PERATURAN KEPALA')[0]!),
  ...lampiranOf(PERKA_TEXT),
};

// ---------------------------------------------------------------------------------------------------------------
// The text that cites

interface Unit {
  where: string;
  text: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A comment's words without its markers, on one line. */
const commentText = (comment: string) =>
  comment
    .replace(/^\/\*\*?|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*(\*(?!\/)|\/\/)?\s?/, ''))
    .join(' ');

/** Every comment (consecutive `//` lines as one) and every string or template literal of a source file. */
function unitsOfSource(file: string): Unit[] {
  const text = readFileSync(file, 'utf8');
  const where = relative(ROOT, file);
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const comments = new Map<number, ts.CommentRange>();
  const units: Unit[] = [];
  const visit = (node: ts.Node) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.getEnd()) ?? []),
    ])
      comments.set(range.pos, range);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      units.push({ where, text: node.text });
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      units.push({ where, text: parts.join('${…}') });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  let previous: { end: number; unit: Unit } | undefined;
  for (const range of [...comments.values()].sort((a, b) => a.pos - b.pos)) {
    const body = commentText(text.slice(range.pos, range.end));
    const joins =
      previous &&
      range.kind === ts.SyntaxKind.SingleLineCommentTrivia &&
      /^\s*$/.test(text.slice(previous.end, range.pos)) &&
      !text.slice(previous.end, range.pos).includes('\n\n');
    if (joins) previous!.unit.text += ` ${body}`;
    else units.push({ where, text: body });
    previous = { end: range.end, unit: joins ? previous!.unit : units.at(-1)! };
  }
  return units;
}

/** A Markdown file: each table row, and each paragraph or list item. */
function unitsOfMarkdown(path: string): Unit[] {
  const units: Unit[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push({ where: path, text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const line of readFileSync(join(ROOT, path), 'utf8').split('\n')) {
    if (line.startsWith('|')) {
      flush();
      units.push({ where: path, text: line });
    } else if (line.trim() === '' || /^\s*(- |#)/.test(line)) {
      flush();
      if (line.trim() !== '') paragraph.push(line);
    } else paragraph.push(line);
  }
  flush();
  return units;
}

const UNITS: Unit[] = [
  ...['docs/rules.md', 'docs/data-model.md', 'README.md'].flatMap(unitsOfMarkdown),
  ...['domain', 'functions', 'events'].flatMap(filesUnder).flatMap(unitsOfSource),
];

// ---------------------------------------------------------------------------------------------------------------
// Citations

type Document = 'PERBAN' | 'PERKA' | 'OTHER';

/** The documents a text may name; a bare `Pasal` then cites the last one named. */
const DOCUMENTS: readonly [Document, RegExp][] = [
  ['PERBAN', /\b(?:Perban|Peraturan) BKN (?:Nomor )?7(?:\/| Tahun )2020\b|\bseed 001\b/],
  ['PERKA', /\b(?:Perka|Peraturan Kepala) BKN (?:Nomor )?11(?:\/| Tahun )2008\b|\bseed 002\b/],
  [
    'OTHER',
    /\bPerka BKN 22\/2007|\bPP (?:Nomor )?\d+(?:\/| Tahun )\d{4}|\bSKB\b|\bPeraturan LAN\b|\bUU (?:Nomor )?\d+(?:\/| Tahun )\d{4}|\bUndang-Undang\b|\bKeputusan Presiden\b|\bPusbang ASN BKN 2019\b|\bseed 00[34]\b/,
  ],
];

interface Citation {
  where: string;
  text: string;
  document: Document;
  /** What is wrong with it; empty when it exists. */
  problems: string[];
}

/** `a-c` → a, b, c; `4-6` → 4, 5, 6; `f/h` → f, h. */
function expand(from: string, to = from): string[] {
  if (/^\d+$/.test(from)) {
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));
  }
  const [a, b] = [from.charCodeAt(0), to.charCodeAt(0)];
  return Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));
}

const LETTERS = String.raw`[a-z](?:\s?[-/]\s?[a-z])?(?![a-z])`;
/** One article after `Pasal`, or in a list continued without it. */
const ARTICLE = new RegExp(
  String.raw`^(\d+)(?:-(\d+))?` + // Pasal, or a range of Pasal
    String.raw`(?: ayat \((\d+)\)|\((\d+)\)(?:(-| dan |, )\((\d+)\))?)?` + // ayat, a range or a pair
    String.raw`(?:(${LETTERS})|\s(${String.raw`[a-z]-[a-z]`})(?![a-z]))?` + // huruf
    String.raw`(?: angka (\d+)(?:-(\d+))?)?`, // angka, or a range of them
);

function checkPerban(m: RegExpExecArray, articles: Map<string, Article>): string[] {
  const [, from, to, ayatWord, ayatFrom, joiner, ayatTo, letters1, letters2, angkaFrom, angkaTo] = m;
  const angkas = angkaFrom ? expand(angkaFrom, angkaTo) : [];
  const ayats = ayatWord
    ? [ayatWord]
    : ayatFrom
      ? joiner === '-'
        ? expand(ayatFrom, ayatTo)
        : [ayatFrom, ...(ayatTo ? [ayatTo] : [])]
      : [];
  const letterText = (letters1 ?? letters2)?.replace(/\s/g, '');
  const letters = !letterText
    ? []
    : letterText.includes('/')
      ? letterText.split('/')
      : expand(letterText[0]!, letterText.at(-1)!);
  const problems: string[] = [];
  for (const pasal of expand(from!, to)) {
    const article = articles.get(pasal);
    if (!article) {
      problems.push(`Pasal ${pasal} does not exist`);
      continue;
    }
    // A huruf after a range of ayat belongs to the last one (`28(1)-(2) a-n`).
    const outlines =
      ayats.length === 0
        ? [['', article.root] as const]
        : ayats.map((a) => [`(${a})`, article.ayat.get(a)] as const);
    for (const [ayat, at] of outlines) {
      if (!at) {
        problems.push(`Pasal ${pasal} has no ayat ${ayat}`);
        continue;
      }
      const cited = ayat === outlines.at(-1)![0] ? letters : [];
      for (const letter of cited) {
        const items = at.letters.get(letter);
        if (!items) {
          problems.push(`Pasal ${pasal}${ayat} has no huruf ${letter}`);
          continue;
        }
        // An angka after a range of huruf belongs to the last one.
        for (const angka of letter === cited.at(-1) ? angkas : []) {
          if (!items.has(angka)) problems.push(`Pasal ${pasal}${ayat}${letter} has no angka ${angka}`);
        }
      }
      for (const angka of cited.length === 0 ? angkas : []) {
        if (!at.numbers.has(angka)) problems.push(`Pasal ${pasal}${ayat} has no angka ${angka}`);
      }
    }
  }
  return problems;
}

const ROMAN = String.raw`(?:III|II|IV|I|V)(?![A-Za-z])`;
const SEGMENT = String.raw`\.(?:[A-Z]|\d+\)?|[a-z]\)?)(?![\w])`;
const NAMED = String.raw`(?: (?:Persiapan|Pelaksanaan|Laporan)(?: \d+\)?(?:-\d+\)?)?)?)`;
const LAMPIRAN_PATH = new RegExp(String.raw`^${ROMAN}(?:${SEGMENT})*(?:-\d+\)?)?${NAMED}?`);

/** The paths a Lampiran citation names: `II.A.4-6` → II.A.4, II.A.5, II.A.6. */
function lampiranPaths(cited: string): string[] {
  const [main, name, items] = /^(\S+?)(?: (\w+)(?: (\S+))?)?$/.exec(cited)!.slice(1);
  const labels = main!.replace(/\)/g, '').split('.');
  const tail = name ? [name, ...(items ? [items.replace(/\)/g, '')] : [])] : [];
  const full = [...labels, ...tail];
  const last = full.at(-1)!;
  const range = /^(\d+)-(\d+)$/.exec(last);
  return range
    ? expand(range[1]!, range[2]).map((n) => [...full.slice(0, -1), n].join('.'))
    : [full.join('.')];
}

/** Every citation in a unit, each read against the document it cites. */
function citationsIn(unit: Unit): Citation[] {
  const found: Citation[] = [];
  const marks = [
    ...DOCUMENTS.flatMap(([document, pattern]) =>
      [...unit.text.matchAll(new RegExp(pattern, 'g'))].map((m) => ({ at: m.index, document })),
    ),
  ].sort((a, b) => a.at - b.at);
  const documentAt = (at: number): Document => marks.filter((m) => m.at < at).at(-1)?.document ?? 'PERBAN';
  const cite = (at: number, text: string, problems: string[]) => {
    const document = documentAt(at);
    found.push({ where: unit.where, text, document, problems: document === 'OTHER' ? [] : problems });
  };

  for (const m of unit.text.matchAll(/\bPasal (?=\d)/g)) {
    let rest = unit.text.slice(m.index + m[0].length);
    let offset = m.index;
    let first = true;
    for (;;) {
      const article = ARTICLE.exec(rest);
      if (!article) break;
      const document = documentAt(offset);
      const articles = document === 'PERKA' ? PERKA.articles : PERBAN;
      if (first || document !== 'OTHER') cite(offset, `Pasal ${article[0]}`, checkPerban(article, articles));
      first = false;
      rest = rest.slice(article[0].length);
      // A list continued without `Pasal`: `, 36(1)d`, `, 2d`, `dan 16(6)`.
      const next = /^(?:, | dan | and )(?=\d+(?:\(|[a-z](?![a-z])|[),;.]|$))/.exec(rest);
      if (!next) {
        // What still looks like part of the citation is a form this reader does not know: reported, not skipped.
        const unread = /^(?:\([\da-z]|[a-z]|\s?[a-z]-[a-z](?![a-z])| ayat | angka |-\(?\d|\/[a-z])/.exec(
          rest,
        );
        if (unread && document !== 'OTHER') {
          cite(offset, `Pasal ${article[0]}${rest.slice(0, 12)}`, [`not read after "${article[0]}"`]);
        }
        break;
      }
      rest = rest.slice(next[0].length);
      offset += 1;
    }
  }

  for (const m of unit.text.matchAll(/\bAnak Lampiran ((?:\(\d+\)(?:-|, )?)+)/g)) {
    const items = m[1]!.replace(/[-,]\s*$/, '');
    const numbers = items.split(', ').flatMap((part) => {
      const [a, b] = part.match(/\d+/g)!;
      return expand(a!, b);
    });
    const missing = numbers.filter((n) => !PERKA.anak.has(n));
    cite(
      m.index,
      `Anak Lampiran ${items}`,
      missing.map((n) => `Anak Lampiran has no item (${n})`),
    );
  }

  for (const m of unit.text.matchAll(/(?<!Anak )\bLampiran (?=[IV])/g)) {
    let rest = unit.text.slice(m.index + m[0].length);
    for (;;) {
      const path = LAMPIRAN_PATH.exec(rest);
      if (!path) break;
      const cited = path[0].replace(/[.:]$/, '');
      const named = documentAt(m.index);
      // `Lampiran I` alone is also the 2019 letter's attachment: only a path with sections is surely Perka's.
      const perka = named === 'PERKA' || (named === 'PERBAN' && cited.includes('.'));
      if (perka) {
        found.push({
          where: unit.where,
          text: `Lampiran ${cited}`,
          document: 'PERKA',
          problems: lampiranPaths(cited)
            .filter((p) => !PERKA.paths.has(p))
            .map((p) => `Lampiran has no section ${p}`),
        });
      }
      rest = rest.slice(path[0].length);
      const next = /^(?:, | and | dan )(?=[IV]+\.)/.exec(rest);
      if (!next) break;
      rest = rest.slice(next[0].length);
    }
  }
  return found;
}

const CITATIONS = UNITS.flatMap(citationsIn);

describe('every cited article exists in the regulation text it cites (docs/sources)', () => {
  it('reads the regulation texts: Perban BKN 7/2020 Pasal 1-37, Perka BKN 11/2008 and its Lampiran', () => {
    expect([...PERBAN.keys()]).toEqual(expand('1', '37'));
    expect([...PERBAN.get('30')!.ayat.get('2')!.letters.keys()]).toEqual(expand('a', 's'));
    expect([...PERBAN.get('25')!.root.letters.keys()]).toEqual(expand('a', 'h'));
    expect([...PERBAN.get('21')!.root.letters.get('e')!]).toEqual(['1', '2', '3', '4']);
    expect(PERBAN.get('1')!.root.numbers.size).toBe(16);
    expect([...PERKA.articles.keys()]).toEqual(['1', '2']);
    for (const path of [
      'II.A.4',
      'II.C.2.a.1',
      'III.2.a.4',
      'III.2.Pelaksanaan.3',
      'III.2.Laporan.3',
      'IV.2.b',
    ]) {
      expect(PERKA.paths).toContain(path);
    }
    expect([...PERKA.anak]).toEqual(expand('1', '11'));
  });

  it.each([
    ['Pasal 31(2)b', []],
    ['Pasal 30(2)q', []],
    ['Pasal 25i', ['Pasal 25 has no huruf i']],
    ['Pasal 38', ['Pasal 38 does not exist']],
    ['Pasal 34(4)', ['Pasal 34 has no ayat (4)']],
    ['Pasal 36(4)-(7)', ['Pasal 36 has no ayat (7)']],
    ['Pasal 21e angka 5', ['Pasal 21e has no angka 5']],
    ['Pasal 21a-d, 21e angka 1-5', ['Pasal 21e has no angka 5']],
    ['Pasal 1 angka 17', ['Pasal 1 has no angka 17']],
    ['Pasal 34-38', ['Pasal 38 does not exist']],
    ['Pasal 18(6)', ['Pasal 18 has no ayat (6)']],
    ['Pasal 28(2) e-o', ['Pasal 28(2) has no huruf o']],
    ['Pasal 25h, 36(1)e', ['Pasal 36(1) has no huruf e']],
    ['Perka BKN 11/2008 Lampiran III.2.a.5)', ['Lampiran has no section III.2.a.5']],
    ['Perka BKN 11/2008 Lampiran III.2 Laporan 1)-4)', ['Lampiran has no section III.2.Laporan.4']],
    ['Perka BKN 11/2008 Anak Lampiran (5), (12)', ['Anak Lampiran has no item (12)']],
    ['PP 11/2017 Pasal 23(1)a', []],
  ])('reads %j: %j', (text, problems) => {
    expect(citationsIn({ where: 'test', text }).flatMap((c) => c.problems)).toEqual(problems);
  });

  it.each([['Pasal 31(2)(b)'], ['Pasal 31(2)bb, 32(1'], ['Pasal 30 ayat 2']])(
    'reports %j, a form it cannot read, instead of skipping it',
    (text) => {
      expect(citationsIn({ where: 'test', text }).flatMap((c) => c.problems)).toEqual([
        expect.stringMatching(/^not read after/),
      ]);
    },
  );

  it('reads every dotted Lampiran path of the code and docs as a Perka BKN 11/2008 citation', () => {
    const dotted = UNITS.flatMap((u) => [...u.text.matchAll(/(?<!Anak )\bLampiran (?:III|II|IV|I|V)\.\w/g)]);
    const read = CITATIONS.filter((c) => c.document === 'PERKA' && /^Lampiran \S*\./.test(c.text));
    expect(read.length).toBeGreaterThanOrEqual(dotted.length);
  });

  it('no citation of Perban BKN 7/2020 or Perka BKN 11/2008 names an article, ayat, huruf or section that does not exist', () => {
    const wrong = CITATIONS.filter((c) => c.problems.length > 0).map(
      (c) => `${c.where}: ${c.text} — ${c.problems.join('; ')}`,
    );
    expect(wrong).toEqual([]);
  });
});
