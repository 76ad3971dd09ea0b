import type { DevelopmentRow, TrainingCertificateRecord } from '../../events/api/certificate';
import {
  BATCH_READ_LIMIT,
  certificatesInForce,
  trainingCertificatesOfInstansi,
} from '../../adapters/dynamodb/certificate-repository';
import { readItems } from '../../adapters/dynamodb/table';
import { cohortRead } from '../../adapters/dynamodb/seating-repository';
import { HttpError } from '../../runtime/http/http-error';
import { keptAsText, type CsvValue } from '../../services/exports/csv';

/*
 * The national competency-development record as people export it (docs/exports.md): one row per training
 * certificate, with what the record needs (Peraturan LAN 6/2022 Pasal 34; seed 004) from the data the system
 * already has: the organiser is the institution that signs the training certificate, the start date the first
 * day of the participant's cohort, the certificate the competency certificate the participant holds from the
 * same programme, with its status.
 */

/** Most rows one export answers (well within a Lambda answer, as JSON too); beyond it, one programme at a time. */
export const MAX_EXPORT_ROWS = 5_000;

/**
 * The rows of up to 100 training certificates, in their order: their cohorts and the participants' certificates
 * in force read in BatchGetItems (S16, C19), never one read per row.
 */
export async function developmentRows(
  trainings: readonly TrainingCertificateRecord[],
): Promise<DevelopmentRow[]> {
  const [cohorts, certificates] = await Promise.all([
    readItems(...trainings.map((t) => cohortRead(t.programId, t.cohort))),
    certificatesInForce(trainings),
  ]);
  return trainings.map((t, i) => {
    const cohort = cohorts[i];
    if (!cohort) throw new Error(`cohort ${t.cohort} of ${t.programId} missing for ${t.nip}`);
    const certificate = certificates[i];
    return {
      nip: t.nip,
      name: t.participant.name,
      position: t.participant.position,
      instansiCode: t.instansiCode,
      programId: t.programId,
      trainingType: t.trainingType,
      title: t.title,
      organiser: t.signer.institution,
      place: t.place,
      cohort: t.cohort,
      startDate: cohort.startDate,
      endDate: t.completedOn,
      year: Number(t.completedOn.slice(0, 4)),
      jp: t.jp,
      trainingCertificateNumber: t.number ?? null,
      competencyCertificate: certificate
        ? { registrationNumber: certificate.registrationNumber, status: certificate.status }
        : null,
    };
  });
}

/**
 * Every row of the trainings an instansi proposed, of every programme or of one: page after page of C17, each
 * page of at most 100 made into rows at once; in order of name, NIP and end date. More than MAX_EXPORT_ROWS is
 * refused (413 EXPORT_TOO_LARGE) without reading further.
 */
export async function instansiDevelopmentRows(
  instansiCode: string,
  programId: string | undefined,
): Promise<DevelopmentRow[]> {
  const rows: DevelopmentRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await trainingCertificatesOfInstansi(instansiCode, {
      ...(programId && { programId }),
      limit: BATCH_READ_LIMIT,
      cursor,
    });
    rows.push(...(await developmentRows(page.items)));
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new HttpError(
        413,
        'EXPORT_TOO_LARGE',
        `Ekspor dibatasi ${MAX_EXPORT_ROWS} baris; ekspor per program (?programId=…).`,
      );
    }
    cursor = page.nextCursor;
  } while (cursor);
  return rows.sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip) || a.endDate.localeCompare(b.endDate),
  );
}

const TRAINING_TYPES: Record<DevelopmentRow['trainingType'], string> = {
  KEPEMIMPINAN: 'Kepemimpinan',
  TEKNIS: 'Teknis',
  FUNGSIONAL: 'Fungsional',
  SOSIAL_KULTURAL: 'Sosial Kultural',
  E_LEARNING: 'E-Learning',
};

/**
 * A row as CSV fields, in the order of DEVELOPMENT_CSV_COLUMNS: the NIP and the instansi code kept as text,
 * dates ISO, numbers as numbers, no internal id.
 */
export const developmentFields = (row: DevelopmentRow): CsvValue[] => [
  keptAsText(row.nip),
  row.name,
  row.position,
  keptAsText(row.instansiCode),
  TRAINING_TYPES[row.trainingType],
  row.title,
  row.organiser,
  row.place,
  row.cohort,
  row.startDate,
  row.endDate,
  row.year,
  row.jp,
  row.trainingCertificateNumber ?? '',
  row.competencyCertificate?.registrationNumber ?? '',
  row.competencyCertificate?.status ?? '',
];
