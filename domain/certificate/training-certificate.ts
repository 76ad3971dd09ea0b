/**
 * The training certificate (sertifikat pengembangan kompetensi), seed 004: it shows the participant's
 * identity (name, NIP, position), the type and title of the training, the number of JP, and is signed
 * by the authorised official or training institution (Peraturan LAN 6/2022 Pasal 34(1)); it is recorded
 * in SIPKA, the national competency-development information system (Pasal 34(2)). Each ASN has the right
 * to at least 20 JP of competency development a year (UU 20/2023 Pasal 47(2)).
 *
 * The 2019 programme issues one to everyone who attended the training (seed 003, "Sertifikat telah
 * mengikuti pelatihan"), separate from the competency certificate.
 */
import { validateNip } from '../identity/nip';
import { isProgramme2019Level } from '../reference/programme-2019';
import type { SchemeCode } from '../reference/schemes';
import { JP_ALLOCATION_2019, sumJp, type LearningMode } from '../reference/training-hours';
import { trainingModulesOf } from '../reference/training-modules';
import { isAfter, isBefore, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { parseTrainingNumber } from './training-number';

export const TRAINING_CERTIFICATE_RULES = /* @__PURE__ */ defineRules({
  'SERTPEL-NAMA': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat nama peserta.',
  },
  'SERTPEL-NIP': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat NIP peserta yang sah.',
  },
  'SERTPEL-JABATAN': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat jabatan peserta.',
  },
  'SERTPEL-JENIS-JUDUL': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat jenis dan judul pelatihan.',
  },
  'SERTPEL-JP': {
    article: 'UU 20/2023 Pasal 47(2) jo. Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat jumlah JP, bilangan bulat positif.',
  },
  'SERTPEL-PENANDATANGAN': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan ditandatangani pejabat berwenang/lembaga penyelenggara.',
  },
  'SERTPEL-SIPKA': {
    article: 'Peraturan LAN 6/2022 Pasal 34(2)',
    summary: 'Sertifikat pelatihan dicatat dalam Sistem Informasi Pengembangan Kompetensi ASN (SIPKA).',
  },
  'SERTPEL-JENJANG': {
    article: 'Panduan Pusbang ASN BKN 2019, Sertifikat angka 1',
    summary: 'Sertifikat pelatihan menyebut jenjang jabatan peserta dalam judulnya.',
  },
  'SERTPEL-TANGGAL': {
    article: 'Panduan Pusbang ASN BKN 2019, Jadwal Pelatihan (Tanggal Pelaksanaan)',
    summary:
      'Sertifikat pelatihan memuat tanggal mulai dan selesai angkatan; mulai tidak sesudah selesai, dan tanggal peserta menyelesaikannya di antaranya.',
  },
  'SERTPEL-TEMPAT': {
    article: 'Surat Pusbang ASN BKN 2019 (diselenggarakan di Pusbang ASN BKN)',
    summary: 'Sertifikat pelatihan memuat tempat pelaksanaan pelatihan.',
  },
  'SERTPEL-INSTANSI': {
    article: 'Peraturan LAN 6/2022 Pasal 34(1)',
    summary: 'Sertifikat pelatihan memuat instansi peserta (kode dan nama) sebagai bagian identitasnya.',
  },
  'SERTPEL-MODUL-JP': {
    article: 'Panduan Pusbang ASN BKN 2019, Materi Pelatihan Berdasarkan Jenjang Jabatan dan Metode',
    summary:
      'Sertifikat pelatihan memuat modul pelatihan jenjangnya dan pembagian JP-nya, yang berjumlah sama dengan JP sertifikat.',
  },
  'PENGKOM-20JP': {
    article: 'UU 20/2023 Pasal 47(2)',
    summary: 'Setiap Pegawai ASN berhak atas pengembangan kompetensi paling sedikit 20 JP dalam 1 tahun.',
  },
});

/** Kinds of training in seed 004. */
export const TRAINING_TYPES = [
  'KEPEMIMPINAN',
  'TEKNIS',
  'FUNGSIONAL',
  'SOSIAL_KULTURAL',
  'E_LEARNING',
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

export interface TrainingCertificate {
  participant: { name: string; nip: string; position: string };
  trainingType: TrainingType | null;
  title: string;
  /** Jam pelajaran. */
  jp: number;
  completedOn: IsoDate;
  signer: { name: string; position: string; institution: string } | null;
  /** The SIPKA record, once recorded. */
  sipkaRecordId: string | null;
}

const R = TRAINING_CERTIFICATE_RULES;

/** Every required field the training certificate lacks (Peraturan LAN 6/2022 Pasal 34(1)). */
export function trainingCertificateViolations(c: TrainingCertificate): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (c.participant.name.trim() === '') {
    v.push(violation(R['SERTPEL-NAMA'], 'Nama peserta belum dicantumkan.', 'participant.name'));
  }
  v.push(
    ...validateNip(c.participant.nip, 'participant.nip').map((x) => ({
      ...x,
      code: R['SERTPEL-NIP'].code,
      article: `${R['SERTPEL-NIP'].article}; ${x.article}`,
    })),
  );
  if (c.participant.position.trim() === '') {
    v.push(violation(R['SERTPEL-JABATAN'], 'Jabatan peserta belum dicantumkan.', 'participant.position'));
  }
  if (c.trainingType === null) {
    v.push(violation(R['SERTPEL-JENIS-JUDUL'], 'Jenis pelatihan belum dicantumkan.', 'trainingType'));
  }
  if (c.title.trim() === '') {
    v.push(violation(R['SERTPEL-JENIS-JUDUL'], 'Judul pelatihan belum dicantumkan.', 'title'));
  }
  if (!Number.isInteger(c.jp) || c.jp <= 0) {
    v.push(violation(R['SERTPEL-JP'], `Jumlah JP harus bilangan bulat positif, bukan ${c.jp}.`, 'jp'));
  }
  const s = c.signer;
  if (s === null || s.name.trim() === '' || (s.position.trim() === '' && s.institution.trim() === '')) {
    v.push(
      violation(
        R['SERTPEL-PENANDATANGAN'],
        'Sertifikat harus ditandatangani pejabat berwenang atau lembaga penyelenggara (nama dan jabatan/lembaga).',
        'signer',
      ),
    );
  }
  return v;
}

/** Validates the content of a training certificate. */
export function validateTrainingCertificate(c: TrainingCertificate): Decision<TrainingCertificate> {
  return decide(c, trainingCertificateViolations(c));
}

/** The modules of the jenjang, and how the JP of the training are split over e-learning, class and evaluation. */
export interface TrainingCurriculum {
  modules: { code: string; title: string }[];
  hours: { mode: LearningMode; name: string; jp: number }[];
}

/**
 * What the 2019 programme teaches a jenjang: its modules in the handbook's order (none for a jenjang the
 * handbook does not train) and the JP split of Metode. The handbook gives the 12 classroom JP to the modules
 * together and no JP per module, so the split is what the certificate states.
 */
export function curriculumOf(scheme: SchemeCode): TrainingCurriculum {
  return {
    modules: isProgramme2019Level(scheme)
      ? trainingModulesOf(scheme).map(({ code, title }) => ({ code, title }))
      : [],
    hours: JP_ALLOCATION_2019.map(({ mode, name, jp }) => ({ mode, name, jp })),
  };
}

/** The title as printed: the training's title with the participant's jenjang (SERTPEL-JENJANG). */
export const titleWithLevel = (title: string, level: string): string => `${title} Jenjang ${level}`;

/**
 * A training certificate as issued, a first-class document: besides what Peraturan LAN 6/2022 Pasal 34(1)
 * requires, its own number, the jenjang, the cohort's dates and venue, the instansi, and the modules with their
 * JP (Panduan Pusbang ASN BKN 2019).
 */
export interface IssuedTrainingCertificate extends TrainingCertificate, TrainingCurriculum {
  number: string;
  scheme: SchemeCode;
  level: string;
  startDate: IsoDate;
  endDate: IsoDate;
  venue: string;
  instansi: { code: string; name: string };
}

/** Every rule an issued training certificate fails: the content rules above and what the issue adds. */
export function issuedTrainingCertificateViolations(c: IssuedTrainingCertificate): RuleViolation[] {
  const v = trainingCertificateViolations(c);
  const number = parseTrainingNumber(c.number, 'number');
  if (!number.ok) v.push(...number.violations);
  if (c.level.trim() === '') {
    v.push(violation(R['SERTPEL-JENJANG'], 'Jenjang jabatan peserta belum dicantumkan.', 'level'));
  }
  if (isAfter(c.startDate, c.endDate)) {
    v.push(
      violation(
        R['SERTPEL-TANGGAL'],
        `Tanggal mulai pelatihan ${c.startDate} sesudah tanggal selesainya ${c.endDate}.`,
        'startDate',
      ),
    );
  } else if (isBefore(c.completedOn, c.startDate) || isAfter(c.completedOn, c.endDate)) {
    v.push(
      violation(
        R['SERTPEL-TANGGAL'],
        `Tanggal selesai peserta ${c.completedOn} di luar tanggal pelatihan ${c.startDate} s.d. ${c.endDate}.`,
        'completedOn',
      ),
    );
  }
  if (c.venue.trim() === '') {
    v.push(violation(R['SERTPEL-TEMPAT'], 'Tempat pelaksanaan pelatihan belum dicantumkan.', 'venue'));
  }
  if (c.instansi.code.trim() === '' || c.instansi.name.trim() === '') {
    v.push(violation(R['SERTPEL-INSTANSI'], 'Kode dan nama instansi peserta harus dicantumkan.', 'instansi'));
  }
  v.push(...curriculumViolations(c));
  return v;
}

function curriculumViolations(c: IssuedTrainingCertificate): RuleViolation[] {
  const rule = R['SERTPEL-MODUL-JP'];
  const expected = curriculumOf(c.scheme).modules.map((m) => m.code);
  const v: RuleViolation[] = [];
  if (expected.length === 0) {
    v.push(violation(rule, `Tidak ada daftar modul pelatihan untuk jenjang ${c.scheme}.`, 'modules'));
  } else if (c.modules.map((m) => m.code).join() !== expected.join()) {
    v.push(violation(rule, `Modul sertifikat harus modul jenjangnya: ${expected.join(', ')}.`, 'modules'));
  }
  const split = sumJp(c.hours);
  if (split !== c.jp) {
    v.push(violation(rule, `Pembagian JP berjumlah ${split}, bukan ${c.jp} JP sertifikat.`, 'hours'));
  }
  return v;
}

/** Validates an issued training certificate. */
export function validateIssuedTrainingCertificate(
  c: IssuedTrainingCertificate,
): Decision<IssuedTrainingCertificate> {
  return decide(c, issuedTrainingCertificateViolations(c));
}

/** Whether the certificate is recorded in SIPKA (Pasal 34(2)). */
export function checkSipkaRecorded(c: TrainingCertificate): Decision<string> {
  return c.sipkaRecordId !== null && c.sipkaRecordId.trim() !== ''
    ? decide(c.sipkaRecordId, [])
    : decide('', [
        violation(R['SERTPEL-SIPKA'], 'Sertifikat pelatihan belum dicatat dalam SIPKA.', 'sipkaRecordId'),
      ]);
}

export const ANNUAL_JP_RIGHT = 20;

export interface AnnualDevelopment {
  year: number;
  totalJp: number;
  /** JP still owed to reach the 20 JP right (0 when met). */
  shortfallJp: number;
}

/**
 * The JP of competency development of `nip` in `year`, counting the valid certificates completed in that
 * year; the decision is rejected with PENGKOM-20JP while the 20 JP right is not yet fulfilled.
 */
export function annualDevelopment(
  certificates: readonly TrainingCertificate[],
  nip: string,
  year: number,
): Decision<AnnualDevelopment> {
  const totalJp = certificates
    .filter(
      (c) =>
        c.participant.nip === nip &&
        Number(c.completedOn.slice(0, 4)) === year &&
        trainingCertificateViolations(c).length === 0,
    )
    .reduce((sum, c) => sum + c.jp, 0);
  const shortfallJp = Math.max(0, ANNUAL_JP_RIGHT - totalJp);
  return decide(
    { year, totalJp, shortfallJp },
    shortfallJp > 0
      ? [
          violation(
            R['PENGKOM-20JP'],
            `Pengembangan kompetensi tahun ${year} baru ${totalJp} JP; kurang ${shortfallJp} JP dari hak ${ANNUAL_JP_RIGHT} JP.`,
          ),
        ]
      : [],
  );
}
