import { DECISION_CHANGE_RULES } from '../../domain/certificate/decision-change';
import { violationKinds } from '../../domain/certificate/revocation';
import { titleWithLevel } from '../../domain/certificate/training-certificate';
import { isTrainingNumber } from '../../domain/certificate/training-number';
import { SCHEMES } from '../../domain/reference/schemes';
import type {
  CertificateHistoryEntry,
  CompetencyCertificateRecord,
  TrainingCertificateRecord,
} from '../../events/api/certificate';
import type {
  CertificateVerification,
  RevocationList,
  TrainingCertificateVerification,
} from '../../events/api/verification';
import {
  findCertificateByNumber,
  findHeldCertificate,
  findTrainingCertificateByNumber,
  listRevokedCertificates,
} from '../../adapters/dynamodb/certificate-repository';
import { findInstansi, instansiRead } from '../../adapters/dynamodb/instansi-repository';
import { readItems } from '../../adapters/dynamodb/table';

type CompetencyView = Extract<CertificateVerification, { kind: 'KOMPETENSI' }>;

const STATUS: Record<CompetencyCertificateRecord['status'], CertificateVerification['status']> = {
  AKTIF: 'BERLAKU',
  DICABUT: 'DICABUT',
  DIMUTAKHIRKAN: 'DIGANTIKAN',
  DIBATALKAN: 'DIBATALKAN',
};

const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** The grounds of a revocation in general terms: the public learns the kind, never the case (Pasal 36). */
export const generalReason = (kinds: readonly ('DISIPLIN' | 'PIDANA')[]): string =>
  capitalised(violationKinds(kinds));

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
function publicEntry(entry: CertificateHistoryEntry): CompetencyView['history'][number] {
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

/**
 * The NIP as the public sees it: the first six digits (year and month of birth) and the last four, enough to
 * tell namesakes apart without publishing the number (`197501********2001`).
 */
const maskedNip = (nip: string) => `${nip.slice(0, 6)}********${nip.slice(-4)}`;

const publicInstansi = (code: string, name: string | undefined) => ({ code, ...(name ? { name } : {}) });

/** What the public reads beside the certificate: the instansi's registered name, the holder's latest version. */
export interface PublicContext {
  instansiName?: string;
  currentVersion?: string;
}

/**
 * What the public sees of a recorded certificate: name, masked NIP and instansi (to tell namesakes apart),
 * scheme and level, its units and its standing.
 */
export function publicView(
  record: CompetencyCertificateRecord & { document: { sha256: string } },
  context: PublicContext = {},
) {
  const view: CompetencyView = {
    kind: 'KOMPETENSI',
    registrationNumber: record.registrationNumber,
    status: STATUS[record.status],
    holderName: record.holder.name,
    maskedNip: maskedNip(record.holder.nip),
    instansi: publicInstansi(record.instansiCode, context.instansiName),
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
    view.annulment = { since: annulled.on, reason: capitalised(ANNULLED) };
  }
  if (record.supersededBy) view.supersededBy = record.supersededBy;
  const replaced = record.history.findLast((entry) => entry.event === 'DIMUTAKHIRKAN');
  if (record.status === 'DIMUTAKHIRKAN' && record.supersededBy && replaced) {
    view.supersession = {
      since: replaced.on,
      reason: capitalised(replacedBecause(replaced)),
      currentVersion: context.currentVersion ?? record.supersededBy,
    };
  }
  return view;
}

type Issued<T> = T & { document: { sha256: string } };
type NumberedTraining = Issued<TrainingCertificateRecord> &
  Required<
    Pick<
      TrainingCertificateRecord,
      | 'number'
      | 'issuedOn'
      | 'scheme'
      | 'level'
      | 'startDate'
      | 'endDate'
      | 'venue'
      | 'instansi'
      | 'modules'
      | 'hours'
    >
  >;

/**
 * What the public sees of an issued training certificate: the same personal data as of a competency
 * certificate (name, masked NIP, instansi) and what the certificate states. It is never revoked.
 */
export function publicTrainingView(record: NumberedTraining): TrainingCertificateVerification {
  return {
    kind: 'PELATIHAN',
    registrationNumber: record.number,
    status: 'BERLAKU',
    holderName: record.participant.name,
    maskedNip: maskedNip(record.participant.nip),
    instansi: publicInstansi(record.instansi.code, record.instansi.name),
    title: titleWithLevel(record.title, record.level),
    trainingType: record.trainingType,
    scheme: record.scheme,
    level: record.level,
    startDate: record.startDate,
    endDate: record.endDate,
    venue: record.venue,
    jp: record.jp,
    completedOn: record.completedOn,
    issuedOn: record.issuedOn,
    modules: record.modules.map(({ code, title }) => ({ code, title })),
    hours: record.hours.map(({ name, jp }) => ({ name, jp })),
    fileSha256: record.document.sha256,
  };
}

/** Whether a training certificate carries everything its public view shows (every one issued with a number does). */
const isNumbered = (record: TrainingCertificateRecord): record is NumberedTraining =>
  record.document !== undefined &&
  [
    record.number,
    record.issuedOn,
    record.scheme,
    record.level,
    record.startDate,
    record.endDate,
    record.venue,
    record.instansi,
    record.modules,
    record.hours,
  ].every((field) => field !== undefined);

/**
 * The certificate a competency registration number names, once issued: a number allocated but whose PDF is
 * not stored yet is not a certificate anyone holds, so it verifies as unknown. Read with it (N2, and C15 for a
 * replaced version): the instansi's name and the version of the holder's that is the latest now.
 */
async function findIssuedCompetency(registrationNumber: string) {
  const record = await findCertificateByNumber(registrationNumber);
  if (!record?.document) return undefined;
  const [instansi, held] = await Promise.all([
    findInstansi(record.instansiCode),
    record.status === 'DIMUTAKHIRKAN' ? findHeldCertificate(record.programId, record.nip) : undefined,
  ]);
  const context = { instansiName: instansi?.name, currentVersion: held?.registrationNumber };
  return { view: publicView({ ...record, document: record.document }, context) };
}

/** The training certificate a number names (C20), once its PDF is stored. */
async function findIssuedTraining(number: string) {
  const record = await findTrainingCertificateByNumber(number);
  return record && isNumbered(record) ? { view: publicTrainingView(record) } : undefined;
}

/**
 * The certificate a number names, as the public may see it: a training certificate's number is written
 * `<urut>/SPL-MASN/<tahun>`, any other is looked up as a competency registration number.
 */
export async function findIssued(number: string): Promise<{ view: CertificateVerification } | undefined> {
  return isTrainingNumber(number) ? findIssuedTraining(number) : findIssuedCompetency(number);
}

/**
 * One page of the public revocation list (C8), each holder with their masked NIP and instansi, whose names are
 * read in one BatchGetItem (N3) for the whole page.
 */
export async function revocationList(options: { limit: number; cursor?: string }): Promise<RevocationList> {
  const page = await listRevokedCertificates(options);
  const codes = [...new Set(page.items.map((c) => c.instansiCode))];
  const registered = codes.length ? await readItems(...codes.map(instansiRead)) : [];
  const names = new Map(codes.map((code, i) => [code, registered[i]?.name]));
  return {
    items: page.items.map((c) => ({
      registrationNumber: c.registrationNumber,
      holderName: c.holderName,
      maskedNip: maskedNip(c.holderNip),
      instansi: publicInstansi(c.instansiCode, names.get(c.instansiCode)),
      scheme: c.scheme,
      since: c.revokedOn,
      reason: generalReason(c.groundKinds),
    })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
