import { monevReport, type ReportedQuestionnaire, type ReportRow } from '../../domain/monev/monev';
import type { routes } from '../../events/api/routes';
import { loadMonev, questionnairesOf } from '../../adapters/dynamodb/monev-repository';
import { listPrograms } from '../../adapters/dynamodb/program-repository';
import { dateInWib } from '../../domain/shared/dates';
import { now } from '../../runtime/clock';
import type { Operation } from '../../runtime/http/api-handler';
import { csvAnswer, toCsv, type CsvValue } from '../../services/exports/csv';

/** The questionnaires of every round of the programmes, as the report counts them. */
async function reported(programIds: readonly string[]): Promise<ReportedQuestionnaire[]> {
  const rounds = (await Promise.all(programIds.map(loadMonev))).flatMap((state) => state.rounds);
  const questionnaires = (await Promise.all(rounds.map(questionnairesOf))).flat();
  return questionnaires.map((q) => ({
    point: q.point,
    respondent: q.respondent,
    cohortKey: `${q.programId}#${q.cohort}`,
    instansiCode: q.instansiCode,
    level: q.level,
    ...(q.answer && { answer: q.answer }),
  }));
}

export const REPORT_CSV_COLUMNS = [
  'kelompok',
  'titik_bulan',
  'peserta_dikirim',
  'peserta_menjawab',
  'peserta_tingkat_respons',
  'peserta_dampak_rata_rata',
  'mentor_dikirim',
  'mentor_menjawab',
  'mentor_tingkat_respons',
  'mentor_dampak_rata_rata',
  'langkah_belum_mulai',
  'langkah_berjalan',
  'langkah_selesai',
  'langkah_tidak_dilaksanakan',
] as const;

const blankIfNull = (value: number | null): CsvValue => value ?? '';

function reportFields(row: ReportRow): CsvValue[] {
  return [
    row.group,
    row.point,
    row.participant.sent,
    row.participant.answered,
    blankIfNull(row.participant.responseRate),
    blankIfNull(row.participant.impactAverage),
    row.mentor.sent,
    row.mentor.answered,
    blankIfNull(row.mentor.responseRate),
    blankIfNull(row.mentor.impactAverage),
    row.milestones.BELUM_MULAI,
    row.milestones.BERJALAN,
    row.milestones.SELESAI,
    row.milestones.TIDAK_DILAKSANAKAN,
  ];
}

/**
 * Response rates and results of Monev per cohort, instansi or level and per point, of one programme or of every
 * programme of a year, the current one by default (P3 by year, then MV1 and MV6 per programme and round: the cost of the year's rounds).
 */
export const getMonevReport: Operation<typeof routes.getMonevReport> = async ({ query }) => {
  const year = query.programId ? undefined : (query.year ?? Number(dateInWib(now()).slice(0, 4)));
  const programIds = year === undefined ? [query.programId!] : (await listPrograms(year)).map((p) => p.id);
  const rows = monevReport(await reported(programIds), query.by);
  if (query.format === 'csv') {
    return csvAnswer(`Laporan Monev per ${query.by}.csv`, toCsv(REPORT_CSV_COLUMNS, rows.map(reportFields)));
  }
  return {
    statusCode: 200,
    body: {
      by: query.by,
      ...(query.programId && { programId: query.programId }),
      ...(year && { year }),
      rows,
    },
  };
};
