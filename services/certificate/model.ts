import type { CompetencyCertificate } from '../../domain/certificate/competency-certificate';
import { LEVEL_NAMES, SCHEMES } from '../../domain/reference/schemes';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type {
  CertificateHistoryEntry,
  CertificateSigners,
  CompetencyCertificateRecord,
} from '../../events/api/certificate';
import { certificateIdOf } from '../../events/api/certificate-id';
import type { CertificateEventDetail, CertificateEventType } from '../../events/messages/certificate-events';
import type { CertificateChange } from '../../adapters/dynamodb/certificate-repository';
import { eventIdOf } from '../../adapters/dynamodb/outbox-repository';
import { ENV, requireEnv } from '../../runtime/env';

/*
 * The recorded competency certificate and the domain's view of it, shared by the worker (first issue) and the
 * certificates API (re-issue). No PDF library here, so the API bundle stays small.
 */
export { LEVEL_NAMES };

export const competencyCertificateKey = (programId: string, nip: string, registrationNumber: string) =>
  `certificates/${programId}/${nip}/${certificateIdOf(registrationNumber)}.pdf`;

export const verificationUrlOf = (registrationNumber: string) =>
  `${requireEnv(ENV.publicBaseUrl)}/verifikasi/${registrationNumber}`;

/** The domain's view of a recorded certificate, to check its content (Pasal 34(3)). */
export function asDomainCertificate(record: CompetencyCertificateRecord): CompetencyCertificate {
  return {
    registrationNumber: record.registrationNumber,
    holder: record.holder,
    scheme: record.scheme,
    schemeVersion: record.schemeVersion,
    issuedOn: record.issuedOn as IsoDate,
    front: {
      statement: `Dinyatakan kompeten pada skema ${SCHEMES[record.scheme].name}`,
      scheme: record.scheme,
      signature: {
        role: record.signatures.front.role as 'KEPALA_BKN' | 'PEJABAT_DITUNJUK',
        name: record.signatures.front.name,
        signedOn: record.issuedOn as IsoDate,
      },
    },
    back: {
      units: record.units,
      signature: {
        role: 'PIMPINAN_UNIT_PENGEMBANGAN',
        name: record.signatures.back.name,
        signedOn: record.issuedOn as IsoDate,
      },
    },
    status: record.status,
  };
}

export function signaturesOf(signers: CertificateSigners): CompetencyCertificateRecord['signatures'] {
  return {
    front: { ...signers.front },
    back: { role: 'PIMPINAN_UNIT_PENGEMBANGAN', ...signers.back },
  };
}

/** Who is recorded as making a change that follows from a result-session decision, not from a person. */
export const SYSTEM_ACTOR = 'sistem';

type EntryFacts = Omit<CertificateHistoryEntry, 'eventId' | 'at' | 'on'>;

/**
 * The next change of a version at `at`: the entry its history gains and the integration event that announces
 * it, both named by the id `<number>#<index of the entry>`.
 */
export function changeOf<T extends CertificateEventType>(
  certificate: Pick<CompetencyCertificateRecord, 'registrationNumber' | 'history'>,
  at: Date,
  facts: EntryFacts,
  detailType: T,
  detail: Omit<CertificateEventDetail<T>, 'eventId'>,
): CertificateChange {
  const eventId = eventIdOf(certificate.registrationNumber, certificate.history.length);
  const occurredAt = at.toISOString();
  return {
    entry: { ...facts, at: occurredAt, on: dateInWib(at), eventId },
    event: { detailType, detail: { ...detail, eventId } as CertificateEventDetail<T>, occurredAt },
  };
}
