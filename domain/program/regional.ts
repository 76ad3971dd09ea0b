import type { InstansiScope } from '../access/scope';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { Funding } from './funding';
import { planProgram, type NewProgram, type ProgramDraft } from './program';

/**
 * A programme a Kanreg proposes on the initiative and budget of a regional government (Perban BKN 7/2020 Pasal
 * 11b, 8(2)), held at the Kanreg (7(1), 27) once BKN's training unit approved it after coordination (7(2)).
 * Until approved it is a proposal only: no programme exists, nothing opens.
 */
export const REGIONAL_RULES = /* @__PURE__ */ defineRules({
  'PROGRAM-DAERAH-INISIATOR': {
    article: 'Perban BKN 7/2020 Pasal 11b',
    summary:
      'Program daerah diinisiasi pemerintah provinsi atau kabupaten/kota yang terdaftar di BKN dalam wilayah kerja Kanreg pengusul.',
  },
  'PROGRAM-DAERAH-DANA': {
    article: 'Perban BKN 7/2020 Pasal 11b dan 8(2)',
    summary:
      'Program daerah dibiayai APBD instansi daerah penginisiasinya (APBD provinsi bagi provinsi, APBD kabupaten/kota bagi kabupaten/kota).',
  },
  'PROGRAM-DAERAH-KOORDINASI': {
    article: 'Perban BKN 7/2020 Pasal 7(2)',
    summary:
      'Program daerah disetujui unit pelatihan BKN setelah koordinasi dengannya: tanggal koordinasi tidak sesudah hari persetujuan.',
  },
  'PROGRAM-DAERAH-WILAYAH': {
    article: 'Perban BKN 7/2020 Pasal 11a-b dan 31(1)b',
    summary:
      'Dalam program daerah hanya instansi daerah di wilayah kerja Kanreg penyelenggaranya yang mengusulkan calon.',
  },
});

export interface RegionalProposal {
  kanreg: string;
  /** The regional government that initiates and pays, as BKN registered it; undefined when not registered. */
  initiator: InstansiScope | undefined;
  funding: Funding;
}

const APBD_OF = { PROVINSI: 'APBD_PROVINSI', KABUPATEN_KOTA: 'APBD_KABUPATEN_KOTA' } as const;

function initiatorViolations(proposal: RegionalProposal): RuleViolation[] {
  const R = REGIONAL_RULES;
  const { initiator, funding, kanreg } = proposal;
  if (!initiator || initiator.kind === 'PUSAT' || initiator.kanreg !== kanreg) {
    return [
      violation(
        R['PROGRAM-DAERAH-INISIATOR'],
        initiator
          ? `Instansi ${initiator.code} bukan pemerintah daerah di wilayah kerja Kanreg ${kanreg}.`
          : 'Instansi penginisiasi belum terdaftar di BKN.',
        'initiatorInstansi',
      ),
    ];
  }
  const expected = APBD_OF[initiator.kind];
  if (funding.source === expected && funding.funder?.instansiCode === initiator.code) return [];
  return [
    violation(
      R['PROGRAM-DAERAH-DANA'],
      `Program daerah yang diinisiasi instansi ${initiator.code} dibiayai ${expected} instansi itu.`,
      'funding',
    ),
  ];
}

/**
 * Whether a Kanreg may propose this regional programme now: the programme's own rules (planProgram, funding and
 * its agreed schedule included) and those of a regional programme. Every unmet rule is reported.
 */
export function checkRegionalProposal(
  proposal: RegionalProposal,
  draft: ProgramDraft,
  now: Date,
): Decision<NewProgram> {
  const planned = planProgram({ ...draft, funding: proposal.funding }, now);
  const violations = [...(planned.ok ? [] : planned.violations), ...initiatorViolations(proposal)];
  return violations.length === 0 ? planned : reject(violations);
}

/**
 * Whether BKN's training unit may approve the proposal today, after the coordination held on `coordinatedOn`: the
 * programme must still be one that can be created (its window not passed) and every regional rule still met.
 */
export function checkRegionalApproval(
  proposal: RegionalProposal,
  draft: ProgramDraft,
  coordinatedOn: IsoDate,
  today: IsoDate,
  now: Date,
): Decision<NewProgram> {
  const proposed = checkRegionalProposal(proposal, draft, now);
  const violations = proposed.ok ? [] : [...proposed.violations];
  if (coordinatedOn > today) {
    violations.push(
      violation(
        REGIONAL_RULES['PROGRAM-DAERAH-KOORDINASI'],
        `Koordinasi tercatat ${coordinatedOn}, sesudah hari ini (${today}): persetujuan menunggu koordinasi.`,
        'coordination.heldOn',
      ),
    );
  }
  return violations.length === 0 ? proposed : reject(violations);
}

/** Whether an instansi of `proposalKanreg` (null: a central one) may propose in a programme held by `programKanreg`. */
export function checkRegionalOrigin(programKanreg: string, proposalKanreg: string | null): Decision<void> {
  return decide(
    undefined,
    proposalKanreg === programKanreg
      ? []
      : [
          violation(
            REGIONAL_RULES['PROGRAM-DAERAH-WILAYAH'],
            `Program ini diselenggarakan Kanreg ${programKanreg} bagi instansi daerah di wilayahnya.`,
            'instansiCode',
          ),
        ],
  );
}
