import { savePdf } from '../../adapters/pdf/save';
import { curriculumOf } from '../../domain/certificate/training-certificate';
import { COHORTS_2019 } from '../../domain/reference/cohorts-2019';
import { qualificationsOfScheme, qualificationUnits } from '../../domain/reference/qualifications';
import type { AnnouncementLetterDetails, Program } from '../../events/api/program';
import type { InvitationLetter } from '../../events/api/invitation';
import { renderAnnouncementLetter } from '../../functions/announcement-letter/render-letter';
import {
  renderCompetencyCertificate,
  type CompetencyCertificateData,
} from '../../functions/certificate-worker/render-certificate';
import {
  renderTrainingCertificate,
  type TrainingCertificateData,
} from '../../functions/certificate-worker/render-training-certificate';
import { renderInvitation } from '../../functions/invitation-worker/render-invitation';

/*
 * Each issued document at a short, ordinary input (with the diacritics names carry) and at the longest and
 * widest input the API accepts: 200 characters of the widest capitals (W, Ḿ) for names and positions with no
 * space to break at, the longest numbers, places and titles. `npm run render-samples` draws them to PNG for a
 * person to look at; test/functions/documents/layout.test.ts checks every line stays inside the frame.
 */

export type SampleSize = 'short' | 'long';

/** `length` characters of wide capitals, alternating runs of W and Ḿ, with no space. */
export const wide = (length: number): string =>
  Array.from({ length }, (_, i) => (Math.floor(i / 10) % 2 === 0 ? 'W' : 'Ḿ')).join('');

/** `length` characters of wide words: a long title that wraps between words. */
const wideWords = (length: number): string =>
  Array.from({ length }, (_, i) => (i % 8 === 7 ? ' ' : 'WḾ'[i % 2])).join('');

const NIP = '198503102010011002';
const SIGNER_NIP = '197001011995031001';
export const SHORT_NAME = 'Dr. Ñoño Đặng Şükrü Łukasz Ąćęłńóśźż, S.H., M.H.';

function competency(size: SampleSize): CompetencyCertificateData {
  const qualification = qualificationsOfScheme('ADMINISTRATOR')[0]!;
  const units = qualificationUnits(qualification.code).map(({ code, title }) => ({ code, title }));
  const number = '0042/SKTM-ASN/L3/2027';
  const long = size === 'long';
  return {
    registrationNumber: long ? '999999/SKTM-ASN/L3/2027-P99' : number,
    version: long ? 99 : 0,
    ...(long ? { supersedes: '999998/SKTM-ASN/L3/2027-P98' } : {}),
    holder: { name: long ? wide(200) : SHORT_NAME, nip: NIP },
    scheme: 'ADMINISTRATOR',
    level: 'Administrator',
    qualification: qualification.name,
    requiredUnitCount: units.length,
    units,
    place: long ? wide(60) : 'Jakarta',
    issuedOn: '2027-08-20',
    signatures: {
      front: {
        role: 'KEPALA_BKN',
        name: long ? wide(200) : 'Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.',
        ...(long ? { nip: SIGNER_NIP } : {}),
        position: long ? wideWords(200) : 'Kepala Badan Kepegawaian Negara',
      },
      back: {
        role: 'PIMPINAN_UNIT_PENGEMBANGAN',
        name: long ? wide(200) : 'Dr. Andi Wijaya, M.Si.',
        nip: SIGNER_NIP,
        position: long ? wideWords(200) : 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      },
    },
    verificationUrl: `https://sertifikasi.bkn.go.id/verifikasi/${long ? '999999-SKTM-ASN-L3-2027-P99' : number}`,
  };
}

function training(size: SampleSize): TrainingCertificateData {
  const long = size === 'long';
  return {
    participant: {
      name: long ? wide(200) : SHORT_NAME,
      nip: NIP,
      position: long ? wideWords(200) : 'Kepala Bidang Pengembangan Pegawai',
    },
    trainingType: 'SOSIAL_KULTURAL',
    title: long ? wideWords(200) : 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
    jp: 21,
    completedOn: '2027-07-30',
    cohort: long ? 999 : 19,
    place: long ? wide(60) : 'Jakarta',
    signer: {
      name: long ? wide(200) : 'Dr. Andi Wijaya, M.Si.',
      nip: SIGNER_NIP,
      position: long ? wideWords(200) : 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      institution: 'Badan Kepegawaian Negara',
    },
    number: long ? '9999/SPL-MASN/2027' : '0007/SPL-MASN/2027',
    verificationUrl: `https://sertifikasi.bkn.go.id/verifikasi/${long ? '9999' : '0007'}/SPL-MASN/2027`,
    issuedOn: '2027-08-02',
    level: long ? wide(60) : 'Administrator',
    startDate: '2027-07-19',
    endDate: '2027-07-30',
    venue: long ? wideWords(200) : 'Pusbang ASN BKN, Jl. Mayjen Sutoyo No. 12, Jakarta Timur',
    instansi: { code: '3201', name: long ? wideWords(200) : 'Pemerintah Kabupaten Bogor' },
    ...curriculumOf('ADMINISTRATOR'),
  };
}

function invitation(size: SampleSize): InvitationLetter {
  const long = size === 'long';
  return {
    cohort: long ? 999 : 19,
    place: 'Bogor',
    letterDate: '2027-07-15',
    number: long ? '9999/UND/PUSBANG-ASN/VIII/2027' : '0007/UND/PUSBANG-ASN/VII/2027',
    nature: 'Penting',
    attachment: '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
    subject: `Undangan ${long ? wideWords(200) : 'Pelatihan dan Sertifikasi Manajemen ASN 2027'} Angkatan 19`,
    addressee: {
      name: long ? wide(200) : SHORT_NAME,
      nip: NIP,
      position: long ? wideWords(200) : 'Kepala Bidang Pengembangan Pegawai',
      workUnit: long ? wide(200) : 'BKPSDM',
      rank: 'IV/e',
      instansi: long ? wideWords(200) : 'Pemerintah Kabupaten Bogor',
    },
    day: 'Rabu',
    date: '2027-07-28',
    endDate: '2027-07-30',
    time: '08.00 WIB s.d. selesai',
    venue: long
      ? `${wideWords(200)}, ${wideWords(300)}`
      : 'Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Puncak Km. 72, Ciawi, Bogor',
    signer: {
      position: long ? wideWords(200) : 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      name: long ? wide(200) : 'Dr. Andi Wijaya, M.Si.',
      nip: SIGNER_NIP,
    },
  };
}

function announcement(size: SampleSize): { program: Program; letter: AnnouncementLetterDetails } {
  const long = size === 'long';
  const plan = COHORTS_2019.slice(0, long ? 50 : 3).map((cohort) => ({
    number: long ? cohort.number + 900 : cohort.number,
    scheme: cohort.level,
    capacity: long ? 200 : cohort.capacity,
    startDate: cohort.startDate,
    endDate: long ? '2020-01-02' : cohort.endDate,
  }));
  return {
    program: {
      id: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
      name: long ? wideWords(200) : 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
      year: 2019,
      schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
      proposalWindow: { opensAt: '2019-04-04T17:00:00.000Z', closesAt: '2019-04-15T16:59:59.000Z' },
      quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      cohortPlan: plan,
      status: 'SCHEDULED',
      createdBy: 'bkn-admin-1',
      createdAt: '2019-03-20T03:00:00.000Z',
      updatedAt: '2019-03-20T03:00:00.000Z',
    },
    letter: {
      number: long ? wide(100) : '195/A/TU/Pusbang ASN/III/2019',
      place: long ? wide(60) : 'Bogor',
      signer: {
        // The letter names no participant: its signer carries the diacritics.
        name: long ? wide(200) : SHORT_NAME,
        nip: SIGNER_NIP,
        position: long ? wideWords(200) : 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      },
    },
  };
}

export const DOCUMENTS = [
  'sertifikat-kompetensi',
  'sertifikat-pelatihan',
  'undangan',
  'surat-pemberitahuan',
] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

/** The document rendered at the input of that size, saved unsigned (signing changes nothing one sees). */
export async function renderSample(document: DocumentName, size: SampleSize): Promise<Uint8Array> {
  switch (document) {
    case 'sertifikat-kompetensi':
      return savePdf(await renderCompetencyCertificate(competency(size)));
    case 'sertifikat-pelatihan':
      return savePdf(await renderTrainingCertificate(training(size)));
    case 'undangan':
      return savePdf(await renderInvitation(invitation(size)));
    case 'surat-pemberitahuan': {
      const { program, letter } = announcement(size);
      return savePdf(await renderAnnouncementLetter(program, letter, '2019-03-24T02:00:00.000Z'));
    }
  }
}
