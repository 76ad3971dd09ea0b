import { curriculumOf } from '../../../domain/certificate/training-certificate';
import { requiredUnitCodes } from '../../../domain/reference/qualifications';
import type {
  CertificateSigners,
  CompetencyCertificateRecord,
  TrainingCertificateRecord,
} from '../../../events/api/certificate';
import type { Participant } from '../../../events/api/participant';
import type { ResultDecision } from '../../../events/api/result';
import type { CertificateRequested } from '../../../events/messages/certificate-requested';
import { PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';

export const DECISION_ID = 'dec_2027-08-20T03:00:00.000Z_1';
export const DECIDED_AT = '2027-08-20T03:00:00.000Z';
export const NOW = '2027-08-20T03:00:05.000Z';
export const PUBLIC_BASE_URL = 'https://sertifikasi.bkn.go.id';
export const ADM_UNITS = [...requiredUnitCodes('ADMINISTRATOR')];

export const message = (overrides: Partial<CertificateRequested> = {}): CertificateRequested => ({
  type: 'CertificateRequested',
  version: 1,
  programId: PROGRAM_ID,
  nip: NIP,
  decisionId: DECISION_ID,
  requestedAt: NOW,
  correlationId: 'corr-result-session',
  ...overrides,
});

export const aDecision = (overrides: Partial<ResultDecision> = {}): ResultDecision => ({
  programId: PROGRAM_ID,
  nip: NIP,
  decisionId: DECISION_ID,
  scheme: 'ADMINISTRATOR',
  cohort: 19,
  attempt: 0,
  outcome: 'KOMPETEN',
  competentUnits: ADM_UNITS,
  notYetCompetentUnits: [],
  decidedBy: 'komite.ketua',
  decidedAt: DECIDED_AT,
  reason: 'Semua unit kompeten.',
  source: 'SIDANG_HASIL',
  ...overrides,
});

export const aParticipant = (overrides: Partial<Participant> = {}): Participant => ({
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  name: 'Dewi Lestari, S.Sos.',
  scheme: 'ADMINISTRATOR',
  position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' },
  status: 'SET',
  seat: { cohort: 19, placedAt: '2027-07-01T03:00:00.000Z' },
  updatedAt: '2027-07-01T03:00:00.000Z',
  ...overrides,
});

export const aSigners = (): CertificateSigners => ({
  programId: PROGRAM_ID,
  front: {
    role: 'KEPALA_BKN',
    name: 'Prof. Dr. Zudan Arif Fakrulloh',
    position: 'Kepala Badan Kepegawaian Negara',
  },
  back: {
    name: 'Dr. Andi Wijaya, M.Si.',
    nip: '197001011995031001',
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
  },
  place: 'Jakarta',
  updatedBy: 'bkn-admin-1',
  updatedAt: '2027-08-01T03:00:00.000Z',
});

/** The certificate the worker records for the decision as the register's 42nd of 2027. */
export const aCertificate = (
  overrides: Partial<CompetencyCertificateRecord> = {},
): CompetencyCertificateRecord => ({
  registrationNumber: '0042/SKTM-ASN/L3/2027',
  certificateId: '0042-SKTM-ASN-L3-2027',
  version: 0,
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  decisionId: DECISION_ID,
  holder: { name: 'Dewi Lestari, S.Sos.', nip: NIP },
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  schemeVersion: '2019',
  qualification: 'Kualifikasi Administrator',
  requiredUnitCount: ADM_UNITS.length,
  units: ADM_UNITS.map((code) => ({ code, title: `Judul ${code}` })),
  place: 'Jakarta',
  issuedOn: '2027-08-20',
  signatures: {
    front: {
      role: 'KEPALA_BKN',
      name: 'Prof. Dr. Zudan Arif Fakrulloh',
      position: 'Kepala Badan Kepegawaian Negara',
    },
    back: {
      role: 'PIMPINAN_UNIT_PENGEMBANGAN',
      name: 'Dr. Andi Wijaya, M.Si.',
      nip: '197001011995031001',
      position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    },
  },
  verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/0042/SKTM-ASN/L3/2027`,
  status: 'AKTIF',
  reinstatements: [],
  history: [],
  issuedAt: NOW,
  ...overrides,
});

/** The training certificate of the participant who earned the cohort's 21 JP. */
export const aTraining = (overrides: Partial<TrainingCertificateRecord> = {}): TrainingCertificateRecord => ({
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  participant: { name: 'Dewi Lestari, S.Sos.', nip: NIP, position: 'Kepala Bidang Pengembangan Pegawai' },
  trainingType: 'TEKNIS',
  title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  jp: 21,
  completedOn: '2027-07-30',
  cohort: 19,
  place: 'Jakarta',
  signer: {
    name: 'Dr. Andi Wijaya, M.Si.',
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    institution: 'Badan Kepegawaian Negara',
  },
  issuedAt: NOW,
  ...overrides,
});

export const TRAINING_NUMBER = '0007/SPL-MASN/2027';

/** The training certificate as issued now: numbered, with its jenjang, dates, venue, instansi and modules. */
export const aNumberedTraining = (
  overrides: Partial<TrainingCertificateRecord> = {},
): TrainingCertificateRecord & { number: string } => ({
  ...aTraining(),
  number: TRAINING_NUMBER,
  verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/${TRAINING_NUMBER}`,
  issuedOn: '2027-08-20',
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  startDate: '2027-07-29',
  endDate: '2027-07-30',
  venue: 'Pusbang ASN BKN',
  instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
  ...curriculumOf('ADMINISTRATOR'),
  ...overrides,
});
