import { findCertificateSigners } from '../shared/data/certificate-repository';
import { findProgram } from '../shared/data/program-repository';
import { findCohort } from '../shared/data/seating-repository';
import { attendanceOf } from '../shared/data/training-repository';
import { readOnce } from '../shared/read-once';

/**
 * What the certificates of one batch share, read once for the batch: a result session's messages name the
 * same programme and cohort.
 */
export const batchReads = () => ({
  signers: readOnce(findCertificateSigners),
  program: readOnce(findProgram),
  cohort: readOnce(findCohort),
  attendance: readOnce(attendanceOf),
});

export type BatchReads = ReturnType<typeof batchReads>;
