import type { IsoDate } from '../../domain/shared/dates';
import type { EnrolmentRecord } from '../../events/api/scheme';
import { findEnrolment } from '../../adapters/dynamodb/scheme-repository';
import { conflict, HttpError } from '../../runtime/http/http-error';

/** A holder's enrolment for a scheme version as the scheme stages read and change it. */

export const enrolmentChanged = () =>
  conflict('ENROLMENT_CHANGED', 'Pendaftaran pemutakhiran berubah bersamaan. Muat ulang dan coba lagi.');

export async function enrolmentOr404(params: {
  scheme: EnrolmentRecord['scheme'];
  version: string;
  certificateId: string;
}): Promise<EnrolmentRecord> {
  const enrolment = await findEnrolment(params.scheme, params.version, params.certificateId);
  if (!enrolment) {
    throw new HttpError(
      404,
      'ENROLMENT_NOT_FOUND',
      'Sertifikat ini tidak terdaftar untuk pemutakhiran ke versi skema tersebut.',
    );
  }
  return enrolment;
}

export const stateOf = (enrolment: EnrolmentRecord) => ({
  ...enrolment,
  enrolledOn: enrolment.enrolledOn as IsoDate,
});
