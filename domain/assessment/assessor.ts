/**
 * Whether a person may act as assessor (asesor sertifikasi) for a given participant: Perban BKN 7/2020
 * Pasal 28(1)-(2) a-n, with the team's rank at least the participant's (Pasal 19(6), 28(2)c).
 */
import { describeRank, isRankAtLeast, type GolonganRuang } from '../identity/rank';
import { addYears, isAfter, isWithinPeriod, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import {
  CONFLICT_LABELS,
  conflictsOfInterest,
  type TestedParticipant,
  type Tester,
} from './conflict-of-interest';
import { isEducationAtLeast, type EducationLevel } from './education';

export const ASSESSOR_RULES = /* @__PURE__ */ defineRules({
  'ASESOR-PNS': {
    article: 'Perban BKN 7/2020 Pasal 28(1)',
    summary: 'Asesor adalah PNS di lingkungan BKN atau instansi lain.',
  },
  'ASESOR-PENDIDIKAN-S1': {
    article: 'Perban BKN 7/2020 Pasal 28(2)a',
    summary: 'Asesor berijazah paling rendah Sarjana (S1).',
  },
  'ASESOR-PANGKAT-III-C': {
    article: 'Perban BKN 7/2020 Pasal 28(2)b',
    summary: 'Asesor berpangkat paling rendah Penata, III/c.',
  },
  'ASESOR-MASA-KERJA-8TH': {
    article: 'Perban BKN 7/2020 Pasal 28(2)b',
    summary: 'Asesor memiliki masa kerja paling singkat 8 tahun.',
  },
  'ASESOR-PANGKAT-SETARA-PESERTA': {
    article: 'Perban BKN 7/2020 Pasal 28(2)c, 19(6)',
    summary: 'Pangkat asesor paling rendah setara dengan pangkat peserta yang dinilai.',
  },
  'ASESOR-SERTIFIKAT': {
    article: 'Perban BKN 7/2020 Pasal 28(1), 28(2)d',
    summary: 'Asesor memiliki sertifikat asesor sertifikasi yang diakui BKN dan masih berlaku.',
  },
  'ASESOR-PENGUASAAN': {
    article: 'Perban BKN 7/2020 Pasal 28(2)e-l',
    summary:
      'Asesor menguasai metode, skema, standar, konteks, peraturan dan pelaksanaan uji serta mampu berkomunikasi.',
  },
  'ASESOR-TIDAK-HUKDIS': {
    article: 'Perban BKN 7/2020 Pasal 28(2)m',
    summary: 'Asesor tidak sedang menjalani masa hukuman disiplin.',
  },
  'ASESOR-BEBAS-KEPENTINGAN': {
    article: 'Perban BKN 7/2020 Pasal 28(2)n',
    summary: 'Asesor bebas dari kepentingan dan tekanan terhadap peserta yang dinilai.',
  },
});

export const ASSESSOR_MIN_RANK: GolonganRuang = 'III/c';
export const ASSESSOR_MIN_SERVICE_YEARS = 8;

/** The attestations of Pasal 28(2) e-l, one per letter. */
export interface AssessorMastery {
  /** e */ methods: boolean;
  /** f */ communication: boolean;
  /** g */ followsGuide: boolean;
  /** h */ schemeSystem: boolean;
  /** i */ interpretsStandards: boolean;
  /** j */ competencyContext: boolean;
  /** k */ regulations: boolean;
  /** l */ assessmentPractice: boolean;
}

const MASTERY_LABELS: Readonly<Record<keyof AssessorMastery, string>> = {
  methods: 'e. menguasai metode Uji Kompetensi Teknis',
  communication: 'f. mampu berkomunikasi dengan efektif',
  followsGuide: 'g. melakukan uji sesuai panduan',
  schemeSystem: 'h. menguasai skema, unit kompetensi, okupasi dan kualifikasi',
  interpretsStandards: 'i. menguasai cara menafsirkan standar kompetensi',
  competencyContext: 'j. menguasai konteks kompetensi yang dinilai',
  regulations: 'k. menguasai peraturan, kebijakan dan program uji',
  assessmentPractice: 'l. menguasai perencanaan, penyusunan materi, penyelenggaraan dan validasi uji',
};

export interface AssessorProfile extends Tester {
  isPns: boolean;
  education: EducationLevel;
  golongan: GolonganRuang;
  /** Start of service (TMT CPNS) for the masa kerja. */
  serviceStart: IsoDate;
  assessorCertificate: { recognisedByBkn: boolean; validUntil: IsoDate | null } | null;
  mastery: AssessorMastery;
  /** Periods of disciplinary sentences served; `until` null while not ended. */
  disciplinaryPeriods: readonly { from: IsoDate; until: IsoDate | null }[];
}

export interface AssessedParticipant extends TestedParticipant {
  golongan: GolonganRuang;
}

const R = ASSESSOR_RULES;

/** Whether `assessor` may assess `participant` at date `now`; every unmet requirement is listed. */
export function checkAssessor(
  assessor: AssessorProfile,
  participant: AssessedParticipant,
  now: IsoDate,
): Decision<AssessorProfile> {
  const v: RuleViolation[] = [];
  if (!assessor.isPns) v.push(violation(R['ASESOR-PNS'], 'Asesor harus berstatus PNS.', 'isPns'));
  if (!isEducationAtLeast(assessor.education, 'S1')) {
    v.push(
      violation(
        R['ASESOR-PENDIDIKAN-S1'],
        `Pendidikan asesor ${assessor.education}; paling rendah S1.`,
        'education',
      ),
    );
  }
  if (!isRankAtLeast(assessor.golongan, ASSESSOR_MIN_RANK)) {
    v.push(
      violation(
        R['ASESOR-PANGKAT-III-C'],
        `Pangkat asesor ${describeRank(assessor.golongan)}; paling rendah ${describeRank(ASSESSOR_MIN_RANK)}.`,
        'golongan',
      ),
    );
  }
  if (isAfter(addYears(assessor.serviceStart, ASSESSOR_MIN_SERVICE_YEARS), now)) {
    v.push(
      violation(
        R['ASESOR-MASA-KERJA-8TH'],
        `Masa kerja asesor belum ${ASSESSOR_MIN_SERVICE_YEARS} tahun (terpenuhi pada ${addYears(assessor.serviceStart, ASSESSOR_MIN_SERVICE_YEARS)}).`,
        'serviceStart',
      ),
    );
  }
  if (!isRankAtLeast(assessor.golongan, participant.golongan)) {
    v.push(
      violation(
        R['ASESOR-PANGKAT-SETARA-PESERTA'],
        `Pangkat asesor ${describeRank(assessor.golongan)} lebih rendah dari pangkat peserta ${describeRank(participant.golongan)}.`,
        'golongan',
      ),
    );
  }
  const cert = assessor.assessorCertificate;
  if (cert === null || !cert.recognisedByBkn) {
    v.push(
      violation(
        R['ASESOR-SERTIFIKAT'],
        'Asesor belum memiliki sertifikat asesor sertifikasi yang diakui BKN.',
        'assessorCertificate',
      ),
    );
  } else if (cert.validUntil !== null && isAfter(now, cert.validUntil)) {
    v.push(
      violation(
        R['ASESOR-SERTIFIKAT'],
        `Sertifikat asesor berlaku sampai ${cert.validUntil} dan telah habis.`,
        'assessorCertificate.validUntil',
      ),
    );
  }
  (Object.keys(MASTERY_LABELS) as (keyof AssessorMastery)[])
    .filter((k) => !assessor.mastery[k])
    .forEach((k) =>
      v.push(
        violation(
          R['ASESOR-PENGUASAAN'],
          `Persyaratan belum terpenuhi: ${MASTERY_LABELS[k]}.`,
          `mastery.${k}`,
        ),
      ),
    );
  assessor.disciplinaryPeriods.forEach((p, i) => {
    if (isWithinPeriod(now, p)) {
      v.push(
        violation(
          R['ASESOR-TIDAK-HUKDIS'],
          `Asesor sedang menjalani masa hukuman disiplin sejak ${p.from}.`,
          `disciplinaryPeriods.${i}`,
        ),
      );
    }
  });
  for (const kind of conflictsOfInterest(assessor, participant)) {
    v.push(
      violation(R['ASESOR-BEBAS-KEPENTINGAN'], `Asesor ${CONFLICT_LABELS[kind]}.`, 'conflictOfInterest'),
    );
  }
  return decide(assessor, v);
}
