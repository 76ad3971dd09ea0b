import { isProgramme2019Level } from '../reference/programme-2019';
import { SCHEMES, type SchemeCode } from '../reference/schemes';
import { trainingModulesOf, type TrainingModule } from '../reference/training-modules';
import type { IsoDate } from '../shared/dates';
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';
import { pikTrainingViolations } from './pik-exemption';

/**
 * Training delivery as the 2019 handbook runs it between registration and the class (Panduan Pusbang ASN BKN
 * 2019, Timeline Pelatihan No 5-6, Metode, Fasilitator, Materi Pelatihan Berdasarkan Jenjang Jabatan, Tata
 * Tertib; Surat Pemberitahuan, Catatan 1; integrated with the certification, Perban BKN 7/2020 Pasal 16(2)):
 * BKN reviews each participant's CV and action plan and announces the groups; the e-learning of a cohort is
 * the modules of its jenjang, each with its facilitators and its material to download, a forum and a resume
 * per module; the participant brings the assignment letter (SP) of their instansi and acknowledges the
 * announcement and the rules of conduct.
 */
export const DELIVERY_RULES = /* @__PURE__ */ defineRules({
  'ELEARNING-MODUL-JENJANG': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode; Materi Pelatihan Berdasarkan Jenjang Jabatan',
    summary:
      'E-learning angkatan memuat tepat modul jenjang skema angkatan menurut data rujukan: semua modulnya, tanpa modul jenjang lain.',
  },
  'ELEARNING-FASILITATOR': {
    article: 'Panduan Pusbang ASN BKN 2019, Fasilitator',
    summary:
      'Setiap modul e-learning diberi paling sedikit satu fasilitator dari unsur JPT Madya, widyaiswara, JPT Pratama, administrator atau pakar praktisi, tanpa nama ganda.',
  },
  'ELEARNING-DIBUKA-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode; Timeline Pelatihan No 6',
    summary: 'Modul dan fasilitator e-learning angkatan ditetapkan sebelum hari pertama klasikal angkatan.',
  },
  'ELEARNING-MODUL-ANGKATAN': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 6',
    summary:
      'Materi, forum dan resume modul hanya bagi peserta yang memegang kursi di angkatan, mengonfirmasi hadir di angkatan itu, dan modulnya termasuk e-learning angkatan.',
  },
  'ELEARNING-MATERI-ADA': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 6 ("mengunduh materi modul")',
    summary: 'Materi modul diunduh setelah BKN mengunggahnya untuk angkatan.',
  },
  'ELEARNING-RESUME-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode; Timeline Pelatihan No 6 ("mengunggah resume per modul")',
    summary: 'Resume modul diunggah sebelum hari pertama klasikal angkatan.',
  },
  'FORUM-FASILITATOR': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 6 ("forum diskusi"); Fasilitator',
    summary: 'Tulisan fasilitator di forum modul atas nama fasilitator yang ditetapkan untuk modul itu.',
  },
  'REVIEW-BERKAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4-5',
    summary:
      'BKN mereviu riwayat pekerjaan (CV) dan rencana tindak lanjut peserta yang sudah mengunggah CV dan mengonfirmasi hadir dengan rencananya.',
  },
  'REVIEW-ALASAN': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5',
    summary: 'Hasil reviu "perlu perbaikan" menyebut alasannya.',
  },
  'REVIEW-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5-7',
    summary: 'Reviu CV dan rencana tindak lanjut dilakukan sebelum hari pertama klasikal angkatan.',
  },
  'KELOMPOK-PESERTA': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5 ("pengumuman kelompok/rumpun Peserta")',
    summary:
      'Pengumuman kelompok memuat setiap peserta angkatan yang mengonfirmasi hadir tepat sekali, dan hanya mereka.',
  },
  'KELOMPOK-REVIEW': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5',
    summary:
      'Kelompok diumumkan setelah reviu: CV dan rencana tindak lanjut terkini setiap peserta yang dikelompokkan diterima.',
  },
  'DOKUMEN-PESERTA': {
    article:
      'Surat Pusbang ASN BKN 2019 No 195/A/TU/Pusbang ASN/III/2019, Catatan 1(a); Panduan, Tata Tertib',
    summary:
      'Surat penugasan (SP) dan pernyataan membaca pengumuman/tata tertib dicatat bagi peserta yang ditetapkan dan memegang kursi di angkatan.',
  },
  'TATA-TERTIB-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Tata Tertib',
    summary:
      'Peserta menyatakan telah membaca dan menaati tata tertib sebelum hari pertama klasikal angkatan.',
  },
  'PENGUMUMAN-TERBIT': {
    article: 'Surat Pusbang ASN BKN 2019 No 195/A/TU/Pusbang ASN/III/2019',
    summary: 'Peserta menyatakan telah membaca surat pengumuman program setelah surat itu terbit.',
  },
});

const R = DELIVERY_RULES;

/** The elements facilitators come from (Panduan Pusbang ASN BKN 2019, Fasilitator 1-5). */
export const FACILITATOR_ELEMENTS = [
  'JPT_MADYA',
  'WIDYAISWARA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PAKAR_PRAKTISI',
] as const;
export type FacilitatorElement = (typeof FACILITATOR_ELEMENTS)[number];

export interface Facilitator {
  name: string;
  nip?: string;
  element: FacilitatorElement;
}

export interface ModuleSetup {
  code: string;
  facilitators: readonly Facilitator[];
}

/** The e-learning modules of a cohort of `scheme`: those of its jenjang in the reference data, none otherwise. */
export function eLearningModulesFor(scheme: SchemeCode): readonly TrainingModule[] {
  const level = SCHEMES[scheme].position;
  return level !== null && isProgramme2019Level(level) ? trainingModulesOf(level) : [];
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

export interface SetupInput {
  cohort: { number: number; scheme: SchemeCode; startDate: IsoDate };
  today: IsoDate;
  modules: readonly ModuleSetup[];
}

/** Whether BKN may set the cohort's e-learning to these modules and facilitators today. */
export function checkELearningSetup(input: SetupInput): Decision<void> {
  const violations: RuleViolation[] = [];
  const { cohort } = input;
  const required: readonly string[] = eLearningModulesFor(cohort.scheme).map((m) => m.code);
  if (required.length === 0) {
    violations.push(
      violation(
        R['ELEARNING-MODUL-JENJANG'],
        `Skema ${cohort.scheme} angkatan ${cohort.number} tidak memiliki modul pelatihan dalam data rujukan.`,
        'modules',
      ),
    );
  }
  const listed = input.modules.map((m) => m.code);
  input.modules.forEach((m, i) => {
    if (required.length > 0 && !required.includes(m.code)) {
      violations.push(
        violation(
          R['ELEARNING-MODUL-JENJANG'],
          `Modul ${m.code} bukan modul jenjang angkatan ${cohort.number}.`,
          `modules.${i}.code`,
        ),
      );
    }
    if (listed.indexOf(m.code) !== i) {
      violations.push(
        violation(R['ELEARNING-MODUL-JENJANG'], `Modul ${m.code} disebut dua kali.`, `modules.${i}.code`),
      );
    }
    if (m.facilitators.length === 0) {
      violations.push(
        violation(
          R['ELEARNING-FASILITATOR'],
          `Modul ${m.code} belum memiliki fasilitator.`,
          `modules.${i}.facilitators`,
        ),
      );
    }
    m.facilitators.forEach((f, j) => {
      if (m.facilitators.findIndex((other) => sameName(other.name, f.name)) !== j) {
        violations.push(
          violation(
            R['ELEARNING-FASILITATOR'],
            `Fasilitator ${f.name} disebut dua kali pada modul ${m.code}.`,
            `modules.${i}.facilitators.${j}.name`,
          ),
        );
      }
    });
  });
  const missing = required.filter((code) => !listed.includes(code));
  if (missing.length > 0) {
    violations.push(
      violation(
        R['ELEARNING-MODUL-JENJANG'],
        `Modul jenjang angkatan ${cohort.number} belum dimuat: ${missing.join(', ')}.`,
        'modules',
      ),
    );
  }
  if (input.today >= cohort.startDate) {
    violations.push(
      violation(
        R['ELEARNING-DIBUKA-SEBELUM-KELAS'],
        `Angkatan ${cohort.number} sudah dimulai pada ${cohort.startDate}; e-learning ditetapkan sebelumnya.`,
      ),
    );
  }
  return decide(undefined, violations);
}

export type ModuleAction = 'MATERI' | 'FORUM' | 'RESUME';

/** What keeps `module` out of the cohort's e-learning: not set yet by BKN, or not one of its modules. */
export function cohortModuleViolations(
  cohort: number,
  modules: readonly string[] | null,
  module: string,
): RuleViolation[] {
  if (modules === null) {
    return [violation(R['ELEARNING-MODUL-ANGKATAN'], `E-learning angkatan ${cohort} belum ditetapkan BKN.`)];
  }
  return modules.includes(module)
    ? []
    : [
        violation(
          R['ELEARNING-MODUL-ANGKATAN'],
          `Modul ${module} bukan modul e-learning angkatan ${cohort}.`,
          'module',
        ),
      ];
}

export interface ModuleAccessInput {
  /** The participant's seat, null when none. */
  seat: { cohort: number; startDate: IsoDate } | null;
  /** The participant's current confirmation. */
  confirmation: { cohort: number; attending: boolean } | null;
  /** The modules of the seat's cohort's e-learning, null when BKN has not set it. */
  modules: readonly string[] | null;
  module: string;
  action: ModuleAction;
  /** Whether the cohort's material of the module is uploaded (for MATERI). */
  hasMaterial?: boolean;
  today: IsoDate;
  /** A PIK graduate entering the test directly has no e-learning (PIK-TANPA-PELATIHAN). */
  pikGraduate?: boolean;
}

/** Whether a participant may download a module's material, take part in its forum or upload its resume. */
export function checkModuleAccess(input: ModuleAccessInput): Decision<void> {
  const violations: RuleViolation[] = [...pikTrainingViolations(input.pikGraduate ?? false, 'E_LEARNING')];
  const { seat, confirmation } = input;
  const access = (message: string) => violations.push(violation(R['ELEARNING-MODUL-ANGKATAN'], message));
  if (!seat) access('Peserta belum memegang kursi di angkatan mana pun.');
  else if (!confirmation?.attending || confirmation.cohort !== seat.cohort) {
    access(`Peserta belum mengonfirmasi hadir di angkatan ${seat.cohort}.`);
  }
  if (seat) violations.push(...cohortModuleViolations(seat.cohort, input.modules, input.module));
  if (input.action === 'MATERI' && input.hasMaterial === false) {
    violations.push(violation(R['ELEARNING-MATERI-ADA'], `Materi modul ${input.module} belum diunggah BKN.`));
  }
  if (input.action === 'RESUME' && seat && input.today >= seat.startDate) {
    violations.push(
      violation(
        R['ELEARNING-RESUME-SEBELUM-KELAS'],
        `Angkatan ${seat.cohort} sudah dimulai pada ${seat.startDate}; resume diunggah sebelumnya.`,
      ),
    );
  }
  return decide(undefined, violations);
}

/** Whether `name` may write in the forum of `module` as one of its facilitators. */
export function checkFacilitatorPost(
  facilitators: readonly Facilitator[] | null,
  module: string,
  name: string,
): Decision<Facilitator> {
  const found = facilitators?.find((f) => sameName(f.name, name));
  return found
    ? accept(found)
    : reject([
        violation(
          R['FORUM-FASILITATOR'],
          `${name} bukan fasilitator modul ${module} pada e-learning angkatan ini.`,
          'facilitator',
        ),
      ]);
}

export const REVIEW_VERDICTS = ['DITERIMA', 'PERLU_PERBAIKAN'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export interface ReviewInput {
  seat: { cohort: number; startDate: IsoDate } | null;
  today: IsoDate;
  hasCv: boolean;
  confirmation: { cohort: number; attending: boolean; hasActionPlan: boolean } | null;
  cv: { verdict: ReviewVerdict; reason?: string };
  actionPlan: { verdict: ReviewVerdict; reason?: string };
  /** A PIK graduate entering the test directly has no CV or plan to review (PIK-TANPA-PELATIHAN). */
  pikGraduate?: boolean;
}

/** Whether BKN may record this review of the participant's CV and action plan today. */
export function checkReview(input: ReviewInput): Decision<void> {
  const violations: RuleViolation[] = [...pikTrainingViolations(input.pikGraduate ?? false, 'REVIU')];
  const { seat, confirmation } = input;
  if (!seat) {
    violations.push(violation(R['REVIEW-BERKAS'], 'Peserta belum memegang kursi di angkatan mana pun.'));
  } else if (input.today >= seat.startDate) {
    violations.push(
      violation(
        R['REVIEW-SEBELUM-KELAS'],
        `Angkatan ${seat.cohort} sudah dimulai pada ${seat.startDate}; reviu dilakukan sebelumnya.`,
      ),
    );
  }
  if (!input.hasCv) violations.push(violation(R['REVIEW-BERKAS'], 'CV peserta belum diunggah.', 'cv'));
  if (!confirmation?.attending || !confirmation.hasActionPlan || confirmation.cohort !== seat?.cohort) {
    violations.push(
      violation(
        R['REVIEW-BERKAS'],
        'Peserta belum mengonfirmasi hadir di angkatannya dengan rencana tindak lanjut.',
        'actionPlan',
      ),
    );
  }
  for (const field of ['cv', 'actionPlan'] as const) {
    const part = input[field];
    if (part.verdict === 'PERLU_PERBAIKAN' && !part.reason?.trim()) {
      violations.push(violation(R['REVIEW-ALASAN'], 'Alasan perbaikan belum diisi.', `${field}.reason`));
    }
  }
  return decide(undefined, violations);
}

/** A review and what it reviewed: it is current while the CV and the confirmation are still those. */
export interface ReviewState {
  cvKey: string;
  confirmationVersion: number;
  cv: ReviewVerdict;
  actionPlan: ReviewVerdict;
}

export interface GroupsInput {
  cohort: number;
  groups: readonly { name: string; nips: readonly string[] }[];
  /** Participants seated in the cohort who confirmed attending it. */
  attending: readonly string[];
  /** Each attending participant's review, if current (reviewed the CV and confirmation they have now). */
  reviews: Readonly<Record<string, ReviewState | undefined>>;
  /**
   * Seated PIK graduates entering the test directly: not among `attending`, never grouped
   * (PIK-TANPA-PELATIHAN), so the announcement is complete without them.
   */
  pikGraduates?: readonly string[];
}

/** Whether BKN may announce these groups of the cohort. */
export function checkGroups(input: GroupsInput): Decision<void> {
  const violations: RuleViolation[] = [];
  const seen = new Set<string>();
  input.groups.forEach((group, g) => {
    if (input.groups.findIndex((other) => sameName(other.name, group.name)) !== g) {
      violations.push(
        violation(R['KELOMPOK-PESERTA'], `Kelompok ${group.name} disebut dua kali.`, `groups.${g}.name`),
      );
    }
    group.nips.forEach((nip, i) => {
      const at = `groups.${g}.nips.${i}`;
      if (seen.has(nip)) {
        violations.push(violation(R['KELOMPOK-PESERTA'], `NIP ${nip} masuk lebih dari satu kelompok.`, at));
      }
      seen.add(nip);
      if (input.pikGraduates?.includes(nip)) {
        violations.push(...pikTrainingViolations(true, 'KELOMPOK', { nip, field: at }));
        return;
      }
      if (!input.attending.includes(nip)) {
        violations.push(
          violation(
            R['KELOMPOK-PESERTA'],
            `NIP ${nip} bukan peserta angkatan ${input.cohort} yang mengonfirmasi hadir.`,
            at,
          ),
        );
        return;
      }
      const review = input.reviews[nip];
      if (!review || review.cv !== 'DITERIMA' || review.actionPlan !== 'DITERIMA') {
        violations.push(
          violation(
            R['KELOMPOK-REVIEW'],
            review
              ? `CV atau rencana tindak lanjut NIP ${nip} perlu perbaikan; kelompok diumumkan setelah diterima.`
              : `CV dan rencana tindak lanjut terkini NIP ${nip} belum direviu.`,
            at,
          ),
        );
      }
    });
  });
  const ungrouped = input.attending.filter((nip) => !seen.has(nip));
  if (ungrouped.length > 0) {
    violations.push(
      violation(
        R['KELOMPOK-PESERTA'],
        `Peserta angkatan ${input.cohort} belum masuk kelompok: ${ungrouped.join(', ')}.`,
        'groups',
      ),
    );
  }
  return decide(undefined, violations);
}

export const ACKNOWLEDGED_DOCUMENTS = ['PENGUMUMAN', 'TATA_TERTIB'] as const;
export type AcknowledgedDocument = (typeof ACKNOWLEDGED_DOCUMENTS)[number];

export interface ParticipantDocumentInput {
  participantStatus: string;
  seat: { cohort: number; startDate: IsoDate } | null;
  today: IsoDate;
  /** For an acknowledgement: which document, and whether the programme's announcement letter is issued. */
  acknowledging?: { document: AcknowledgedDocument; announcementIssued: boolean };
}

/** Whether the participant's SP may be recorded, or a document acknowledged, today. */
export function checkParticipantDocument(input: ParticipantDocumentInput): Decision<void> {
  const violations: RuleViolation[] = [];
  const { seat, acknowledging } = input;
  if (input.participantStatus !== 'SET' || !seat) {
    violations.push(
      violation(R['DOKUMEN-PESERTA'], 'Peserta belum ditetapkan atau belum memegang kursi di angkatan.'),
    );
  }
  if (acknowledging?.document === 'TATA_TERTIB' && seat && input.today >= seat.startDate) {
    violations.push(
      violation(
        R['TATA-TERTIB-SEBELUM-KELAS'],
        `Angkatan ${seat.cohort} sudah dimulai pada ${seat.startDate}; tata tertib dinyatakan sebelumnya.`,
        'document',
      ),
    );
  }
  if (acknowledging?.document === 'PENGUMUMAN' && !acknowledging.announcementIssued) {
    violations.push(violation(R['PENGUMUMAN-TERBIT'], 'Surat pengumuman program belum terbit.', 'document'));
  }
  return decide(undefined, violations);
}

/** A review holds while the participant's CV and confirmation are still the ones it reviewed. */
export function isCurrentReview(
  review: Pick<ReviewState, 'cvKey' | 'confirmationVersion'> | undefined,
  now: { cvKey: string | undefined; confirmationVersion: number | undefined },
): boolean {
  return (
    review !== undefined &&
    review.cvKey === now.cvKey &&
    review.confirmationVersion === now.confirmationVersion
  );
}
