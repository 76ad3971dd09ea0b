import { SCHEMES } from '../../domain/reference/schemes';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import type { CertificateVerification } from '../../events/api/verification';
import { findCertificateByNumber } from '../shared/data/certificate-repository';

const STATUS: Record<CompetencyCertificateRecord['status'], CertificateVerification['status']> = {
  AKTIF: 'BERLAKU',
  DICABUT: 'DICABUT',
  DIMUTAKHIRKAN: 'DIGANTIKAN',
};

/** The grounds of a revocation in general terms: the public learns the kind, never the case (Pasal 36). */
export function generalReason(kinds: readonly string[]): string {
  const labels = [
    ...(kinds.includes('DISIPLIN') ? ['pelanggaran disiplin'] : []),
    ...(kinds.includes('PIDANA') ? ['tindak pidana'] : []),
  ];
  const text = labels.length ? labels.join(' dan ') : 'pelanggaran';
  return text[0]!.toUpperCase() + text.slice(1);
}

/** What the public sees of a recorded certificate: name, scheme and level, its units and its standing. */
export function publicView(record: CompetencyCertificateRecord & { document: { sha256: string } }) {
  const view: CertificateVerification = {
    registrationNumber: record.registrationNumber,
    status: STATUS[record.status],
    holderName: record.holder.name,
    scheme: record.scheme,
    schemeName: SCHEMES[record.scheme].name,
    level: record.level,
    issuedOn: record.issuedOn,
    units: record.units.map(({ code, title }) => ({ code, title })),
    fileSha256: record.document.sha256,
  };
  if (record.status === 'DICABUT' && record.revocation) {
    view.revocation = {
      since: record.revocation.revokedOn,
      reason: generalReason(record.revocation.grounds.map((g) => g.kind)),
    };
  }
  if (record.supersededBy) view.supersededBy = record.supersededBy;
  return view;
}

/**
 * The certificate a registration number names, once issued: a number allocated but whose PDF is not stored
 * yet is not a certificate anyone holds, so it verifies as unknown.
 */
export async function findIssued(registrationNumber: string) {
  const record = await findCertificateByNumber(registrationNumber);
  if (!record?.document) return undefined;
  return { record, view: publicView({ ...record, document: record.document }) };
}
