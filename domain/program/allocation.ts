import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * The number of candidates BKN allocates to each Kanreg in a programme (Perban BKN 7/2020 Pasal 11a, 11f): the
 * proposals of the instansi of a Kanreg's region stay within it, and so does the determination of candidates from
 * them. A programme becomes allocated per Kanreg with its first allocation, set before its proposal window opens;
 * from then on a Kanreg with no allocation has none to propose in. A programme with no allocation (the 2019
 * programme, every programme stored before) is limited by its quota per instansi only, as before.
 */
export const ALLOCATION_RULES = /* @__PURE__ */ defineRules({
  'ALOKASI-USULAN': {
    article: 'Perban BKN 7/2020 Pasal 11a',
    summary:
      'Dalam program beralokasi per Kanreg, calon yang diusulkan instansi di wilayah satu Kanreg tidak melebihi alokasi Kanreg itu.',
  },
  'ALOKASI-PENETAPAN': {
    article: 'Perban BKN 7/2020 Pasal 11f',
    summary:
      'Calon yang ditetapkan dari usulan wilayah satu Kanreg tidak melebihi alokasi jumlah peserta Kanreg itu.',
  },
  'ALOKASI-SEBELUM-USULAN': {
    article: 'Perban BKN 7/2020 Pasal 11a',
    summary:
      'Alokasi pertama sebuah program ditetapkan sebelum jendela usulannya dibuka (usulan berdasarkan alokasi yang telah ditetapkan).',
  },
  'ALOKASI-DI-BAWAH-PENETAPAN': {
    article: 'Perban BKN 7/2020 Pasal 11f',
    summary: 'Alokasi Kanreg tidak diturunkan di bawah jumlah calon yang sudah ditetapkan dari wilayahnya.',
  },
});

/** What a programme's Kanreg has been allocated and has used. */
export interface KanregTally {
  /** Undefined: BKN allocated nothing to this Kanreg (in an allocated programme: none to use). */
  allocated: number | undefined;
  /** Candidates submitted in the proposals of the instansi of its region. */
  proposed: number;
  /** Candidates of those accepted by the eligibility session, as it stands. */
  determined: number;
}

export const EMPTY_TALLY: KanregTally = { allocated: undefined, proposed: 0, determined: 0 };

/** Whether a proposal of `adding` more candidates from the region fits the Kanreg's allocation. */
export function checkProposedWithin(kanreg: string, tally: KanregTally, adding: number): Decision<void> {
  const allocated = tally.allocated ?? 0;
  const violations: RuleViolation[] = [];
  if (adding > 0 && tally.proposed + adding > allocated) {
    violations.push(
      violation(
        ALLOCATION_RULES['ALOKASI-USULAN'],
        `Alokasi Kanreg ${kanreg} ${allocated} calon; sudah diusulkan ${tally.proposed}, usulan ini menambah ${adding}.`,
        'candidates',
      ),
    );
  }
  return decide(undefined, violations);
}

/** Whether one more candidate of the region may be determined (accepted) within the Kanreg's allocation. */
export function checkDeterminedWithin(kanreg: string, tally: KanregTally): Decision<void> {
  const allocated = tally.allocated ?? 0;
  return decide(
    undefined,
    tally.determined + 1 > allocated
      ? [
          violation(
            ALLOCATION_RULES['ALOKASI-PENETAPAN'],
            `Alokasi Kanreg ${kanreg} ${allocated} peserta; ${tally.determined} calon dari wilayahnya sudah ditetapkan.`,
            'outcome',
          ),
        ]
      : [],
  );
}

export interface AllocationChange {
  kanreg: string;
  candidates: number;
  /** Whether the programme already has an allocation (of any Kanreg). */
  programAllocated: boolean;
  proposalWindowOpensAt: Date;
  tally: KanregTally;
}

/** Whether BKN may set a Kanreg's allocation to `candidates` now. Every unmet rule is reported. */
export function checkAllocationChange(change: AllocationChange, now: Date): Decision<void> {
  const violations: RuleViolation[] = [];
  if (!change.programAllocated && now.getTime() >= change.proposalWindowOpensAt.getTime()) {
    violations.push(
      violation(
        ALLOCATION_RULES['ALOKASI-SEBELUM-USULAN'],
        `Jendela usulan program sudah dibuka ${change.proposalWindowOpensAt.toISOString()}: program ini berjalan tanpa alokasi per Kanreg.`,
        'candidates',
      ),
    );
  }
  if (change.candidates < change.tally.determined) {
    violations.push(
      violation(
        ALLOCATION_RULES['ALOKASI-DI-BAWAH-PENETAPAN'],
        `${change.tally.determined} calon dari wilayah Kanreg ${change.kanreg} sudah ditetapkan; alokasi tidak dapat ${change.candidates}.`,
        'candidates',
      ),
    );
  }
  return decide(undefined, violations);
}
