/**
 * Experts / practitioner examiners (pakar/praktisi penguji): who may be one (Perban BKN 7/2020
 * Pasal 29(1)-(2)) and what they may do (Pasal 30(4)): they help the assessor, some tasks only together
 * with an assessor, and they never give the competent decision (Pasal 30(4)j).
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import {
  CONFLICT_LABELS,
  conflictsOfInterest,
  type TestedParticipant,
  type Tester,
} from './conflict-of-interest';
import { isEducationAtLeast, type EducationLevel } from './education';

export const EXPERT_RULES = /* @__PURE__ */ defineRules({
  'PAKAR-KEAHLIAN-RELEVAN': {
    article: 'Perban BKN 7/2020 Pasal 29(1)',
    summary:
      'Pakar memiliki keahlian yang relevan dengan kompetensi teknis yang diujikan dan ditugaskan BKN.',
  },
  'PAKAR-PENDIDIKAN-S1': {
    article: 'Perban BKN 7/2020 Pasal 29(2)a',
    summary: 'Pakar berijazah paling rendah Sarjana (S1).',
  },
  'PAKAR-STATUS': {
    article: 'Perban BKN 7/2020 Pasal 29(2)b',
    summary:
      'Pakar berstatus PNS atau pensiunan JPT Madya, JPT Pratama, JF Utama atau Madya, dibuktikan riwayat jabatan.',
  },
  'PAKAR-KEPATUHAN': {
    article: 'Perban BKN 7/2020 Pasal 29(2)c',
    summary: 'Pakar bersedia mematuhi peraturan sertifikasi kompetensi teknis.',
  },
  'PAKAR-BEBAS-KEPENTINGAN': {
    article: 'Perban BKN 7/2020 Pasal 29(2)d',
    summary: 'Pakar bebas dari kepentingan dan tekanan terhadap peserta.',
  },
  'PAKAR-KEWENANGAN': {
    article: 'Perban BKN 7/2020 Pasal 30(4)',
    summary: 'Pakar hanya melakukan tugas Pasal 30(4); tugas "bersama asesor" hanya dengan asesor.',
  },
  'PAKAR-TIDAK-MEMUTUSKAN': {
    article: 'Perban BKN 7/2020 Pasal 30(4)j',
    summary: 'Pakar tidak berwenang memberikan keputusan kompeten.',
  },
});

export type ExpertStatus =
  | 'PNS'
  | 'PENSIUNAN_JPT_MADYA'
  | 'PENSIUNAN_JPT_PRATAMA'
  | 'PENSIUNAN_JF_UTAMA'
  | 'PENSIUNAN_JF_MADYA'
  | 'LAINNYA';

export interface ExpertProfile extends Tester {
  education: EducationLevel;
  status: ExpertStatus;
  /** The status is proven by the position history (riwayat jabatan). */
  statusProvenByHistory: boolean;
  relevantExpertise: boolean;
  /** Assigned by BKN for a period (Pasal 29(1)). */
  assignedByBkn: boolean;
  signedComplianceStatement: boolean;
}

/** Whether `expert` may take part in testing `participant`; every unmet requirement is listed. */
export function checkExpert(expert: ExpertProfile, participant: TestedParticipant): Decision<ExpertProfile> {
  const v: RuleViolation[] = [];
  if (!expert.relevantExpertise) {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-KEAHLIAN-RELEVAN'],
        'Keahlian pakar tidak relevan dengan kompetensi yang diujikan.',
        'relevantExpertise',
      ),
    );
  }
  if (!expert.assignedByBkn) {
    v.push(
      violation(EXPERT_RULES['PAKAR-KEAHLIAN-RELEVAN'], 'Pakar belum ditugaskan oleh BKN.', 'assignedByBkn'),
    );
  }
  if (!isEducationAtLeast(expert.education, 'S1')) {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-PENDIDIKAN-S1'],
        `Pendidikan pakar ${expert.education}; paling rendah S1.`,
        'education',
      ),
    );
  }
  if (expert.status === 'LAINNYA') {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-STATUS'],
        'Pakar harus PNS atau pensiunan JPT Madya, JPT Pratama, JF Utama atau JF Madya.',
        'status',
      ),
    );
  } else if (!expert.statusProvenByHistory) {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-STATUS'],
        'Status pakar belum dibuktikan dengan riwayat jabatan.',
        'statusProvenByHistory',
      ),
    );
  }
  if (!expert.signedComplianceStatement) {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-KEPATUHAN'],
        'Pakar belum menyatakan bersedia mematuhi peraturan sertifikasi.',
        'signedComplianceStatement',
      ),
    );
  }
  for (const kind of conflictsOfInterest(expert, participant)) {
    v.push(
      violation(
        EXPERT_RULES['PAKAR-BEBAS-KEPENTINGAN'],
        `Pakar ${CONFLICT_LABELS[kind]}.`,
        'conflictOfInterest',
      ),
    );
  }
  return decide(expert, v);
}

/** The tasks of Pasal 30(4), and deciding competence, which is not one of them. */
export const EXPERT_ACTIONS = {
  MENENTUKAN_METODE_INSTRUMEN: { letter: 'a', withAssessor: true },
  MEMBERI_GAMBARAN_PROSES_KERJA: { letter: 'b', withAssessor: false },
  MEMBANTU_PENGUMPULAN_BUKTI: { letter: 'c', withAssessor: true },
  MEMBUAT_MATERI_UJI: { letter: 'd', withAssessor: true },
  TERLIBAT_PROSES_UJI: { letter: 'e', withAssessor: false },
  MEMBERI_MASUKAN_VALIDASI: { letter: 'f', withAssessor: false },
  MENGEMBANGKAN_STANDAR: { letter: 'g', withAssessor: true },
  MEREKOMENDASIKAN_PENGEMBANGAN: { letter: 'h', withAssessor: false },
  TERLIBAT_SATU_METODE: { letter: 'i', withAssessor: false },
  MENYERAHKAN_SOAL_KUNCI: { letter: 'k', withAssessor: true },
  MEMUTUSKAN_KOMPETEN: { letter: 'j', withAssessor: false },
} as const;

export type ExpertAction = keyof typeof EXPERT_ACTIONS;

/**
 * Whether an expert may perform `action`. Deciding competence is always refused (Pasal 30(4)j); the
 * tasks the article gives "bersama asesor" / "membantu asesor" need an assessor taking part.
 */
export function authorizeExpertAction(
  action: ExpertAction,
  assessorInvolved: boolean,
): Decision<ExpertAction> {
  if (action === 'MEMUTUSKAN_KOMPETEN') {
    return decide(action, [
      violation(
        EXPERT_RULES['PAKAR-TIDAK-MEMUTUSKAN'],
        'Pakar/praktisi penguji tidak berwenang memberikan keputusan kompeten.',
        'action',
      ),
    ]);
  }
  const spec = EXPERT_ACTIONS[action];
  return decide(
    action,
    spec.withAssessor && !assessorInvolved
      ? [
          violation(
            EXPERT_RULES['PAKAR-KEWENANGAN'],
            `Tugas Pasal 30(4)${spec.letter} dilakukan pakar bersama asesor; asesor belum terlibat.`,
            'assessorInvolved',
          ),
        ]
      : [],
  );
}
