import { findCertificateSigners } from '../../adapters/dynamodb/certificate-repository';
import { cohortDelivery } from '../../adapters/dynamodb/delivery-repository';
import { findInstansi } from '../../adapters/dynamodb/instansi-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { attendanceOf } from '../../adapters/dynamodb/training-repository';
import { readOnce } from '../../runtime/read-once';

/**
 * What the certificates of one batch share, read once for the batch: a result session's messages name the
 * same programme and cohort (and mostly a few instansi).
 */
export const batchReads = () => ({
  signers: readOnce(findCertificateSigners),
  program: readOnce(findProgram),
  cohort: readOnce(findCohort),
  attendance: readOnce(attendanceOf),
  delivery: readOnce(cohortDelivery),
  instansi: readOnce(findInstansi),
});

export type BatchReads = ReturnType<typeof batchReads>;
