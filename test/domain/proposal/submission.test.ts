import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_RULES,
  REQUIRED_DOCUMENTS,
  type RequiredDocument,
} from '../../../domain/eligibility/documents';
import { MAX_CANDIDATES_PER_PROPOSAL } from '../../../domain/proposal/limits';
import { checkSubmission, SUBMISSION_RULES, type SubmissionInput } from '../../../domain/proposal/submission';
import type { SchemeCode } from '../../../domain/reference/schemes';
import { codesOf, NIP_A, NIP_B, NIP_C, violationsOf } from '../shared/helpers';

type Candidate = SubmissionInput['candidates'][number];

const at = (iso: string) => new Date(iso);
const OPENS = at('2026-06-24T00:00:00.000Z');
const CLOSES = at('2026-07-05T23:59:59.000Z');
const NOW = at('2026-06-30T10:00:00.000Z');

/** A screened candidate with all eight Pasal 32 documents. */
const candidate = (nip: string, scheme: SchemeCode, overrides: Partial<Candidate> = {}): Candidate => ({
  nip,
  scheme,
  documents: [...REQUIRED_DOCUMENTS],
  screen: true,
  ...overrides,
});

/** `n` distinct NIP-shaped strings (the check does not parse NIPs). */
const nips = (n: number) => Array.from({ length: n }, (_, i) => `19850101201001${String(1000 + i)}`);
const POOL = nips(MAX_CANDIDATES_PER_PROPOSAL + 5);

/** A valid submission: one candidate per 2019 level against a quota of 1 each, inside the window. */
const input = (overrides: Partial<SubmissionInput> = {}): SubmissionInput => ({
  window: { opensAt: OPENS, closesAt: CLOSES },
  offeredSchemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
  quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
  proposalStatus: 'DRAFT',
  hasLetter: true,
  candidates: [
    candidate(NIP_A, 'JPT_PRATAMA'),
    candidate(NIP_B, 'ADMINISTRATOR'),
    candidate(NIP_C, 'PENGAWAS'),
  ],
  nipsProposedElsewhere: [],
  ...overrides,
});

describe('checkSubmission (Perban BKN 7/2020 Pasal 31(1), 32)', () => {
  it('accepts a complete proposal inside the window', () => {
    expect(checkSubmission(input(), NOW)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['1 ms before the window opens', false, new Date(OPENS.getTime() - 1)],
    ['exactly when the window opens', true, OPENS],
    ['exactly when the window closes', true, CLOSES],
    ['1 ms after the window closes', false, new Date(CLOSES.getTime() + 1)],
  ])('USULAN-JENDELA: submitting %s is accepted = %s (both ends inclusive)', (_case, accepted, now) => {
    const decision = checkSubmission(input(), now);
    expect(codesOf(decision)).toEqual(accepted ? [] : ['USULAN-JENDELA']);
    if (!accepted) {
      expect(violationsOf(decision)[0]?.message).toContain(OPENS.toISOString());
      expect(violationsOf(decision)[0]?.message).toContain(CLOSES.toISOString());
    }
  });

  it.each([
    ['DRAFT', []],
    ['NEEDS_FIX', []],
    ['SUBMITTED', ['status']],
  ] as const)(
    'USULAN-STATUS: submitting a %s proposal -> unmet fields %j (only SUBMITTED is refused)',
    (proposalStatus, fields) => {
      const decision = checkSubmission(input({ proposalStatus }), NOW);
      expect(codesOf(decision)).toEqual(fields.map(() => 'USULAN-STATUS'));
      expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
    },
  );

  it('USULAN-SURAT-PIMPINAN: a proposal without the letter signed by the head of the instansi is refused', () => {
    expect(violationsOf(checkSubmission(input({ hasLetter: false }), NOW))).toEqual([
      expect.objectContaining({
        code: 'USULAN-SURAT-PIMPINAN',
        field: 'letter',
        article: 'Perban BKN 7/2020 Pasal 31(1)a',
      }),
    ]);
  });

  it.each([
    [0, ['USULAN-KOSONG']],
    [1, []],
    [MAX_CANDIDATES_PER_PROPOSAL, []],
    [MAX_CANDIDATES_PER_PROPOSAL + 1, ['USULAN-BATAS-CALON']],
  ])('USULAN-KOSONG / USULAN-BATAS-CALON: %i candidates (limit 40) -> %j', (count, codes) => {
    const decision = checkSubmission(
      input({
        quotaPerInstansi: { PENGAWAS: 100 },
        offeredSchemes: ['PENGAWAS'],
        candidates: nips(count).map((nip) => candidate(nip, 'PENGAWAS')),
      }),
      NOW,
    );
    expect(codesOf(decision)).toEqual(codes);
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(codes.map(() => 'candidates'));
  });

  it('USULAN-BATAS-CALON: the limit is 40 and the refusal names the count', () => {
    expect(MAX_CANDIDATES_PER_PROPOSAL).toBe(40);
    const over = nips(41).map((nip) => candidate(nip, 'PENGAWAS'));
    const [v] = violationsOf(
      checkSubmission(input({ quotaPerInstansi: { PENGAWAS: 100 }, candidates: over }), NOW),
    );
    expect(v?.message).toContain('41');
  });

  it('USULAN-SKEMA-DITAWARKAN: a candidate for a scheme the programme does not offer is refused, by NIP', () => {
    const decision = checkSubmission(
      input({
        candidates: [
          candidate(NIP_A, 'JPT_PRATAMA'),
          candidate(NIP_B, 'JPT_MADYA'),
          candidate(NIP_C, 'MENTOR'),
        ],
      }),
      NOW,
    );
    expect(violationsOf(decision).map((v) => [v.code, v.field])).toEqual([
      ['USULAN-SKEMA-DITAWARKAN', `candidates.${NIP_B}.scheme`],
      ['USULAN-SKEMA-DITAWARKAN', `candidates.${NIP_C}.scheme`],
    ]);
  });

  type Counts = Partial<Record<SchemeCode, number>>;
  it.each<[string, Counts, Counts, SchemeCode[]]>([
    [
      '1 ADMINISTRATOR candidate against a quota of 1 is accepted',
      { ADMINISTRATOR: 1 },
      { ADMINISTRATOR: 1 },
      [],
    ],
    [
      '2 ADMINISTRATOR candidates against a quota of 1 are refused',
      { ADMINISTRATOR: 1 },
      { ADMINISTRATOR: 2 },
      ['ADMINISTRATOR'],
    ],
    ['3 PENGAWAS candidates against a quota of 3 are accepted', { PENGAWAS: 3 }, { PENGAWAS: 3 }, []],
    [
      '4 PENGAWAS candidates against a quota of 3 are refused',
      { PENGAWAS: 3 },
      { PENGAWAS: 4 },
      ['PENGAWAS'],
    ],
    [
      '2 JPT_PRATAMA and 2 PENGAWAS against quotas of 1 are refused once per scheme',
      { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      { JPT_PRATAMA: 2, ADMINISTRATOR: 1, PENGAWAS: 2 },
      ['JPT_PRATAMA', 'PENGAWAS'],
    ],
    [
      'each scheme counts against its own quota: 1 + 1 + 1 against 1 each is accepted',
      { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      [],
    ],
  ])('USULAN-KUOTA: %s', (_case, quotaPerInstansi, counts, overSchemes) => {
    const schemes = Object.keys(counts) as SchemeCode[];
    let n = 0;
    const candidates = schemes.flatMap((scheme) =>
      Array.from({ length: counts[scheme] ?? 0 }, () => candidate(POOL[n++]!, scheme)),
    );
    const decision = checkSubmission(input({ offeredSchemes: schemes, quotaPerInstansi, candidates }), NOW);
    expect(decision.ok ? [] : decision.violations).toEqual(
      overSchemes.map((scheme) =>
        expect.objectContaining({
          code: 'USULAN-KUOTA',
          field: 'candidates',
          message: `Skema ${scheme}: ${counts[scheme]} calon, kuota instansi ${quotaPerInstansi[scheme]}.`,
        }),
      ),
    );
  });

  it('USULAN-KUOTA: candidates not screened by this submission still count against the quota', () => {
    const candidates = [candidate(NIP_A, 'PENGAWAS'), candidate(NIP_B, 'PENGAWAS', { screen: false })];
    expect(codesOf(checkSubmission(input({ proposalStatus: 'NEEDS_FIX', candidates }), NOW))).toEqual([
      'USULAN-KUOTA',
    ]);
  });

  it('USULAN-NIP-GANDA: a candidate another proposal of the programme already holds is refused, by NIP', () => {
    const decision = checkSubmission(input({ nipsProposedElsewhere: [NIP_B, '199901012020011001'] }), NOW);
    expect(violationsOf(decision)).toEqual([
      expect.objectContaining({
        code: 'USULAN-NIP-GANDA',
        field: `candidates.${NIP_B}`,
        message: expect.stringContaining(NIP_B),
      }),
    ]);
  });

  it.each(
    REQUIRED_DOCUMENTS.map(
      (kind) => [Object.values(DOCUMENT_RULES)[REQUIRED_DOCUMENTS.indexOf(kind)]!.code, kind] as const,
    ),
  )('%s: a screened candidate without %s is refused, on candidates.<nip>.documents.<KIND>', (code, kind) => {
    const documents = REQUIRED_DOCUMENTS.filter((k) => k !== kind);
    const decision = checkSubmission(
      input({
        candidates: [candidate(NIP_A, 'JPT_PRATAMA'), candidate(NIP_B, 'ADMINISTRATOR', { documents })],
      }),
      NOW,
    );
    expect(violationsOf(decision)).toEqual([
      expect.objectContaining({
        code,
        field: `candidates.${NIP_B}.documents.${kind}`,
        article: DOCUMENT_RULES[code as keyof typeof DOCUMENT_RULES].article,
      }),
    ]);
  });

  it('ELIG-DOK-*: a screened candidate with no document gets all eight, in Pasal 32 order', () => {
    const decision = checkSubmission(
      input({ candidates: [candidate(NIP_A, 'PENGAWAS', { documents: [] })] }),
      NOW,
    );
    expect(violationsOf(decision).map((v) => v.field)).toEqual(
      REQUIRED_DOCUMENTS.map((kind) => `candidates.${NIP_A}.documents.${kind}`),
    );
    expect(codesOf(decision)).toEqual(Object.keys(DOCUMENT_RULES));
  });

  it('ELIG-DOK-*: a candidate with screen: false is not screened, whatever documents are missing', () => {
    const candidates = [
      candidate(NIP_A, 'JPT_PRATAMA', { documents: [], screen: false }),
      candidate(NIP_B, 'ADMINISTRATOR', { documents: ['PAS_FOTO'], screen: false }),
      candidate(NIP_C, 'PENGAWAS', { documents: REQUIRED_DOCUMENTS.filter((k) => k !== 'PAS_FOTO') }),
    ];
    const decision = checkSubmission(input({ proposalStatus: 'NEEDS_FIX', candidates }), NOW);
    expect(violationsOf(decision).map((v) => [v.code, v.field])).toEqual([
      ['ELIG-DOK-PAS-FOTO', `candidates.${NIP_C}.documents.PAS_FOTO`],
    ]);
  });

  it.each([
    ['DRAFT', ['USULAN-JENDELA']],
    ['NEEDS_FIX', []],
  ] as const)(
    'USULAN-JENDELA: after the window closed, a %s proposal gets %j (a fix asked by the session may come later)',
    (proposalStatus, codes) => {
      const decision = checkSubmission(input({ proposalStatus }), at('2026-12-31T00:00:00.000Z'));
      expect(codesOf(decision)).toEqual(codes);
    },
  );

  it('lists every unmet rule at once', () => {
    const documents: RequiredDocument[] = REQUIRED_DOCUMENTS.filter((k) => k !== 'IJAZAH_TERAKHIR');
    const many = nips(39).map((nip) => candidate(nip, 'PENGAWAS', { screen: false }));
    const decision = checkSubmission(
      input({
        proposalStatus: 'SUBMITTED',
        hasLetter: false,
        candidates: [candidate(NIP_A, 'MENTOR'), candidate(NIP_B, 'ADMINISTRATOR', { documents }), ...many],
        nipsProposedElsewhere: [NIP_B],
      }),
      at('2026-07-06T00:00:00.000Z'),
    );
    expect(codesOf(decision)).toEqual([
      'USULAN-JENDELA',
      'USULAN-STATUS',
      'USULAN-SURAT-PIMPINAN',
      'USULAN-BATAS-CALON',
      'USULAN-SKEMA-DITAWARKAN',
      'USULAN-NIP-GANDA',
      'ELIG-DOK-IJAZAH',
      'USULAN-KUOTA',
    ]);
  });

  it('lists USULAN-KOSONG together with the other proposal-level rules', () => {
    const decision = checkSubmission(input({ hasLetter: false, candidates: [] }), at('2026-06-01T00:00:00Z'));
    expect(codesOf(decision)).toEqual(['USULAN-JENDELA', 'USULAN-SURAT-PIMPINAN', 'USULAN-KOSONG']);
  });

  it('every violation carries the article of its declared rule', () => {
    const decision = checkSubmission(
      input({ proposalStatus: 'SUBMITTED', hasLetter: false, candidates: [] }),
      at('2027-01-01T00:00:00Z'),
    );
    for (const v of violationsOf(decision)) {
      expect(v.article).toBe(SUBMISSION_RULES[v.code as keyof typeof SUBMISSION_RULES].article);
    }
  });

  const LEVELS = ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'] as const;
  const quotasAndCounts = fc
    .tuple(...LEVELS.map(() => fc.integer({ min: 1, max: 13 })))
    .chain((quotas) =>
      fc.tuple(fc.constant(quotas), fc.tuple(...quotas.map((q) => fc.integer({ min: 0, max: q + 1 })))),
    );

  it('property: USULAN-KUOTA is reported exactly for the schemes whose count exceeds the quota', () => {
    fc.assert(
      fc.property(quotasAndCounts, ([quotas, counts]) => {
        let n = 0;
        const candidates = LEVELS.flatMap((scheme, i) =>
          Array.from({ length: counts[i]! }, () => candidate(POOL[n++]!, scheme)),
        );
        const quotaPerInstansi = Object.fromEntries(LEVELS.map((s, i) => [s, quotas[i]!]));
        const decision = checkSubmission(input({ quotaPerInstansi, candidates }), NOW);
        const quotaViolations = decision.ok
          ? []
          : decision.violations.filter((v) => v.code === 'USULAN-KUOTA');
        const over = LEVELS.filter((_, i) => counts[i]! > quotas[i]!);
        expect(quotaViolations.map((v) => v.message.split(':')[0])).toEqual(over.map((s) => `Skema ${s}`));
        if (over.length === 0) expect(codesOf(decision).filter((c) => c !== 'USULAN-KOSONG')).toEqual([]);
      }),
    );
  });

  it('property: candidates with screen: false never produce an ELIG-DOK code', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray([...REQUIRED_DOCUMENTS]), { minLength: 1, maxLength: 5 }),
        (docSets) => {
          const candidates = docSets.map((documents, i) =>
            candidate(POOL[i]!, 'PENGAWAS', { documents, screen: false }),
          );
          const decision = checkSubmission(input({ quotaPerInstansi: { PENGAWAS: 5 }, candidates }), NOW);
          expect(codesOf(decision).filter((c) => c.startsWith('ELIG-DOK-'))).toEqual([]);
        },
      ),
    );
  });
});
