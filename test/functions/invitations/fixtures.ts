import type {
  InvitationDelivery,
  InvitationLetter,
  InvitationRecord,
  InvitationSigner,
} from '../../../events/api/invitation';
import type { Cohort, Participant } from '../../../events/api/participant';
import { INSTANSI, NIP } from '../helpers/proposals';
import { PROGRAM_ID } from '../helpers/programs';

/*
 * Seated participants, cohorts, signers and invitations as the table stores them. The key shapes are written out
 * here rather than taken from the repositories, so the tests pin those of docs/data-model.md independently.
 */
export const INVITATION_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/invitation';
process.env.INVITATION_QUEUE_URL = INVITATION_QUEUE_URL;

export const COHORT = 19;
/** Cohort 19 starts Thursday 29 July 2027: its invitations may be issued until Wednesday 21 July. */
export const START_DATE = '2027-07-29';
export const LATEST_ISSUE_DATE = '2027-07-21';
/** 00:05 WIB on 15 July 2027, when the schedule opens the cohort's registration. */
export const OPENS_AT = '2027-07-14T17:05:00.000Z';
/** 10:00 WIB on 22 July 2027: one working day too late. */
export const TOO_LATE = '2027-07-22T03:00:00.000Z';

export const participantKey = (nip: string = NIP, programId: string = PROGRAM_ID) => ({
  pk: `PARTICIPANT#${programId}#${nip}`,
  sk: '#PARTICIPANT',
});
export const cohortKey = (number: number = COHORT, programId: string = PROGRAM_ID) => ({
  pk: `COHORT#${programId}#${String(number).padStart(3, '0')}`,
  sk: '#COHORT',
});
export const signerKey = (programId: string = PROGRAM_ID) => ({
  pk: `PROGRAM#${programId}`,
  sk: '#INVITATION_SIGNER',
});
export const counterKey = (year: number) => ({ pk: `COUNTER#INVITATION#${year}`, sk: '#COUNTER' });
export const seatsPartition = (number: number = COHORT, programId: string = PROGRAM_ID) =>
  `COHORT#${programId}#${String(number).padStart(3, '0')}#SEATS`;

export function aCohort(overrides: Partial<Cohort> = {}): Cohort {
  return {
    programId: PROGRAM_ID,
    number: COHORT,
    scheme: 'ADMINISTRATOR',
    capacity: 30,
    seatsTaken: 12,
    startDate: START_DATE,
    endDate: '2027-07-30',
    registrationOpensOn: '2027-07-15',
    registration: 'SCHEDULED',
    testSite: {
      tukId: 'TUK-PUSBANG-01',
      name: 'Pusbang ASN BKN',
      address: 'Bogor, Jawa Barat',
      kind: 'FASILITAS_DIKLAT',
      verifiedOn: '2027-07-10',
      designatedOn: '2027-07-11',
      recordedBy: 'admin-bkn-1',
    },
    ...overrides,
  };
}

export function cohortItem(cohort: Cohort): Record<string, unknown> {
  return {
    ...cohortKey(cohort.number, cohort.programId),
    entity: 'Cohort',
    gsi1pk: `PROGRAM#${cohort.programId}#COHORTS`,
    gsi1sk: `${cohort.scheme}#${cohort.startDate}#${String(cohort.number).padStart(3, '0')}`,
    ...(cohort.registration === 'SCHEDULED'
      ? {
          gsi2pk: 'COHORT_REGISTRATION#SCHEDULED',
          gsi2sk: `${cohort.registrationOpensOn}#${cohort.programId}#${String(cohort.number).padStart(3, '0')}`,
        }
      : {
          gsi2pk: 'COHORT_REGISTRATION#OPEN',
          gsi2sk: `${cohort.startDate}#${cohort.programId}#${String(cohort.number).padStart(3, '0')}`,
        }),
    ...cohort,
  };
}

export function aSeatedParticipant(
  overrides: Partial<Participant> & { invitation?: InvitationRecord } = {},
): Participant & { invitation?: InvitationRecord } {
  return {
    programId: PROGRAM_ID,
    nip: NIP,
    instansiCode: INSTANSI,
    name: 'Dewi Lestari, S.Sos.',
    scheme: 'ADMINISTRATOR',
    position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' },
    status: 'SET',
    setting: { decision: 'SET', decidedBy: 'bkn-admin-1', decidedAt: '2027-06-20T03:00:00.000Z' },
    seat: { cohort: COHORT, placedAt: '2027-06-20T03:00:02.000Z' },
    updatedAt: '2027-06-20T03:00:02.000Z',
    ...overrides,
  };
}

export function participantItem(participant: Participant): Record<string, unknown> {
  return {
    ...participantKey(participant.nip, participant.programId),
    entity: 'Participant',
    gsi2pk: `PROGRAM#${participant.programId}#INSTANSI#${participant.instansiCode}#PARTICIPANTS`,
    gsi2sk: participant.nip,
    ...(participant.seat
      ? { gsi1pk: seatsPartition(participant.seat.cohort, participant.programId), gsi1sk: participant.nip }
      : {}),
    ...participant,
  };
}

export function aSigner(overrides: Partial<InvitationSigner> = {}): InvitationSigner {
  return {
    programId: PROGRAM_ID,
    name: 'Dr. Andi Wijaya, M.Si.',
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    updatedBy: 'bkn-admin-1',
    updatedAt: '2027-07-01T03:00:00.000Z',
    ...overrides,
  };
}

export const signerItem = (signer: InvitationSigner) => ({
  ...signerKey(signer.programId),
  entity: 'InvitationSigner',
  ...signer,
});

export const invitationPdfKey = (
  nip: string = NIP,
  cohort: number = COHORT,
  programId: string = PROGRAM_ID,
) => `invitations/${programId}/${cohort}/${nip}.pdf`;

/** The letter the worker builds for `aSeatedParticipant()` on 15 July 2027 as the year's 7th. */
export function aLetter(overrides: Partial<InvitationLetter> = {}): InvitationLetter {
  return {
    cohort: COHORT,
    place: 'Bogor',
    letterDate: '2027-07-15',
    number: '0007/UND/PUSBANG-ASN/VII/2027',
    nature: 'Penting',
    attachment: '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
    subject: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2026 Angkatan 19',
    addressee: {
      name: 'Dewi Lestari, S.Sos.',
      nip: NIP,
      position: 'Kepala Bidang Pengembangan Pegawai',
      workUnit: 'BKPSDM',
      rank: 'III/d',
      instansi: 'Pemerintah Kabupaten Bogor',
    },
    day: 'Kamis',
    date: START_DATE,
    endDate: '2027-07-30',
    time: '08.00 WIB s.d. selesai',
    venue: 'Pusbang ASN BKN, Bogor, Jawa Barat',
    signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
    ...overrides,
  };
}

export const SHA256 = 'a3f1c2d4e5b6978801234567890abcdef0123456789abcdef0123456789abcd';

/** Made available to the Bogor personnel official when the PDF was stored, to reach Dewi by 21 July. */
export const aDelivery = (availableAt = '2027-07-14T17:05:03.000Z'): InvitationDelivery => ({
  channel: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
  instansiCode: INSTANSI,
  availableAt,
  receiveBy: LATEST_ISSUE_DATE,
});

export function aReadyInvitation(overrides: Partial<InvitationRecord> = {}): InvitationRecord {
  return {
    status: 'READY',
    cohort: COHORT,
    requestedAt: OPENS_AT,
    issuedOn: '2027-07-15',
    number: '0007/UND/PUSBANG-ASN/VII/2027',
    letter: aLetter(),
    documentKey: invitationPdfKey(),
    sha256: SHA256,
    issuedAt: '2027-07-14T17:05:03.000Z',
    delivery: aDelivery(),
    ...overrides,
  };
}
