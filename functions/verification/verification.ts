import { DECISION_CHANGE_RULES } from '../../domain/certificate/decision-change';
import { violationKinds } from '../../domain/certificate/revocation';
import { SCHEMES } from '../../domain/reference/schemes';
import type { CertificateHistoryEntry, CompetencyCertificateRecord } from '../../events/api/certificate';
import type { CertificateVerification } from '../../events/api/verification';
import { findCertificateByNumber } from '../../adapters/dynamodb/certificate-repository';

const STATUS: Record<CompetencyCertificateRecord['status'], CertificateVerification['status']> = {
  AKTIF: 'BERLAKU',
  DICABUT: 'DICABUT',
  DIMUTAKHIRKAN: 'DIGANTIKAN',
  DIBATALKAN: 'DIBATALKAN',
};

/** The grounds of a revocation in general terms: the public learns the kind, never the case (Pasal 36). */
export function generalReason(kinds: readonly ('DISIPLIN' | 'PIDANA')[]): string {
  const text = violationKinds(kinds);
  return text[0]!.toUpperCase() + text.slice(1);
}

const ANNULLED =
  'keputusan hasil uji kompetensi yang menjadi dasarnya digantikan keputusan belum kompeten (Perban BKN 7/2020 Pasal 34 ayat (1)); ini bukan pencabutan karena pelanggaran';

/** Why a version was replaced, in general terms: the rule of the change says which kind of change it was. */
function replacedBecause(entry: CertificateHistoryEntry): string {
  if (entry.rule === DECISION_CHANGE_RULES['SERT-GANTI-KEPUTUSAN'].code)
    return 'keputusan hasil uji kompetensi yang menjadi dasarnya digantikan keputusan baru yang tetap kompeten';
  if (entry.rule === DECISION_CHANGE_RULES['SERT-SATU-BERLAKU'].code)
    return 'keputusan hasil uji kompetensi yang baru menyatakan pemegang kompeten kembali';
  return 'pemutakhiran sertifikat (Perban BKN 7/2020 Pasal 35 ayat (3))';
}

/**
 * One entry of a version's history as the public may read it: what happened, when and why in general terms,
 * never the case behind it (no decision, appeal or letter references, no grounds beyond their kind).
 */
function publicEntry(entry: CertificateHistoryEntry): CertificateVerification['history'][number] {
  const related = entry.relatedNumber ? { relatedNumber: entry.relatedNumber } : {};
  const description = {
    DITERBITKAN: entry.relatedNumber
      ? `Diterbitkan sebagai versi baru yang menggantikan ${entry.relatedNumber}.`
      : 'Diterbitkan atas keputusan sidang hasil uji kompetensi (Perban BKN 7/2020 Pasal 34 ayat (1)).',
    // Written for the public when revoked: the kind of violation, never the case.
    DICABUT: entry.reason,
    DIPULIHKAN: 'Diakui kembali atas permohonan pemegang (Perban BKN 7/2020 Pasal 36(4)-(6)).',
    DIMUTAKHIRKAN: `Digantikan versi ${entry.relatedNumber ?? 'baru'}: ${replacedBecause(entry)}.`,
    DIBATALKAN: `Dibatalkan: ${ANNULLED}.`,
  }[entry.event];
  return { on: entry.on, event: entry.event, description, ...related };
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
    history: record.history.map(publicEntry),
    fileSha256: record.document.sha256,
  };
  if (record.status === 'DICABUT' && record.revocation) {
    view.revocation = {
      since: record.revocation.revokedOn,
      reason: generalReason(record.revocation.grounds.map((g) => g.kind)),
    };
  }
  const annulled = record.history.findLast((entry) => entry.event === 'DIBATALKAN');
  if (record.status === 'DIBATALKAN' && annulled) {
    view.annulment = { since: annulled.on, reason: ANNULLED[0]!.toUpperCase() + ANNULLED.slice(1) };
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
