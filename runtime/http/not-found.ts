import { HttpError } from './http-error';

/*
 * The 404 answers of the records a route's scope binds. A record outside the caller's scope gets the very same
 * answer as one that does not exist (runtime/http/scope.ts), so these are written once.
 */

export const instansiNotFound = () =>
  new HttpError(404, 'INSTANSI_NOT_FOUND', 'Instansi belum terdaftar di BKN.');

export const participantNotFound = () =>
  new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');

export const candidateNotFound = () =>
  new HttpError(404, 'CANDIDATE_NOT_FOUND', 'Calon dengan NIP ini tidak ada dalam usulan.');

export const certificateNotFound = () =>
  new HttpError(404, 'CERTIFICATE_NOT_FOUND', 'Sertifikat tidak ditemukan.');

export const developmentRecordNotFound = () =>
  new HttpError(
    404,
    'DEVELOPMENT_RECORD_NOT_FOUND',
    'Belum ada catatan pengembangan kompetensi untuk NIP ini.',
  );

export const cohortNotFound = () =>
  new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');

export const programNotFound = () => new HttpError(404, 'PROGRAM_NOT_FOUND', 'Program tidak ditemukan.');

export const structuralCandidateNotFound = () =>
  new HttpError(
    404,
    'STRUCTURAL_CANDIDATE_NOT_FOUND',
    'Calon penilaian kompetensi dengan NIP ini tidak tercatat pada instansi.',
  );

/** A structural report nobody has, or one the caller may not read: confidential (Perka BKN 11/2008 III.2 Laporan). */
export const structuralReportNotFound = () =>
  new HttpError(404, 'STRUCTURAL_REPORT_NOT_FOUND', 'Laporan hasil penilaian kompetensi tidak ditemukan.');

export const testTeamNotFound = () => new HttpError(404, 'TEST_TEAM_NOT_FOUND', 'Tim uji tidak ditemukan.');
