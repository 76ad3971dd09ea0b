import { certificateIdOf } from '../../events/api/certificate-id';
import type { EnrolmentRecord } from '../../events/api/scheme';
import type { SchemeCode } from '../../domain/reference/schemes';
import { planEnrolment } from '../../domain/scheme/refreshment';
import { firstSchemeVersion, versionInForce, type SchemeVersion } from '../../domain/scheme/version';
import type { IsoDate } from '../../domain/shared/dates';
import { BATCH_READ_LIMIT, certificatesInForce } from '../../adapters/dynamodb/certificate-repository';
import {
  holdersOnVersion,
  publishedSchemeVersions,
  recordEnrolment,
} from '../../adapters/dynamodb/scheme-repository';

/*
 * The register of scheme versions as the operations read it: version 1 (the 2019 handbook) is data, the later
 * ones are stored as BKN publishes them (Perban BKN 7/2020 Pasal 13(2), 35(3)).
 */

/** Every version of the scheme, in sequence: version 1, then the published ones. */
export async function schemeVersions(scheme: SchemeCode): Promise<SchemeVersion[]> {
  return [firstSchemeVersion(scheme), ...(await publishedSchemeVersions(scheme))];
}

/** The id of the scheme's version in force on `date`. */
export async function schemeVersionInForce(scheme: SchemeCode, date: IsoDate): Promise<string> {
  return versionInForce(await schemeVersions(scheme), date).version;
}

export interface Enrolled {
  enrolled: number;
  notEnrolled: { registrationNumber: string; code: string; message: string }[];
}

/**
 * Enrols every holder of a certificate in force of the scheme on a version older than `target`: the holders
 * listed under each older version (SC3), their certificates in force read 100 at a time (C19), each enrolled once
 * (SC6) with what the changes ask of them. Idempotent: a holder already enrolled is left as is.
 */
export async function enrolHolders(
  target: SchemeVersion,
  versions: readonly SchemeVersion[],
  today: IsoDate,
): Promise<Enrolled> {
  const result: Enrolled = { enrolled: 0, notEnrolled: [] };
  for (const older of versions.filter((v) => v.sequence < target.sequence)) {
    const holders = await holdersOnVersion(target.scheme, older.version);
    for (let i = 0; i < holders.length; i += BATCH_READ_LIMIT) {
      const certificates = await certificatesInForce(holders.slice(i, i + BATCH_READ_LIMIT));
      for (const certificate of certificates) {
        if (certificate?.status !== 'AKTIF' || certificate.scheme !== target.scheme) continue;
        const plan = planEnrolment(certificate, versions, target);
        if (!plan.ok) {
          result.notEnrolled.push(
            ...plan.violations.map((v) => ({
              registrationNumber: certificate.registrationNumber,
              code: v.code,
              message: v.message,
            })),
          );
          continue;
        }
        if (plan.value === null) continue;
        const enrolment: EnrolmentRecord = {
          scheme: target.scheme,
          ...plan.value,
          units: [...plan.value.units],
          registrationNumber: certificate.registrationNumber,
          programId: certificate.programId,
          nip: certificate.nip,
          instansiCode: certificate.instansiCode,
          status: 'TERDAFTAR',
          enrolledOn: today,
          attendance: null,
          decisions: [],
          revision: 0,
        };
        if (await recordEnrolment(enrolment, certificateIdOf(certificate.registrationNumber))) {
          result.enrolled++;
        }
      }
    }
  }
  return result;
}
