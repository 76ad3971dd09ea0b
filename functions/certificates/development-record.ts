import { ANNUAL_JP_RIGHT } from '../../domain/certificate/training-certificate';
import {
  DEVELOPMENT_CSV_COLUMNS,
  type DevelopmentEntry,
  type DevelopmentRow,
} from '../../events/api/certificate';
import type { routes } from '../../events/api/routes';
import { BATCH_READ_LIMIT, trainingCertificatesOf } from '../../adapters/dynamodb/certificate-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { csvAnswer, toCsv } from '../../services/exports/csv';
import { fileNamePart } from './file-names';
import { developmentFields, developmentRows, instansiDevelopmentRows } from './development-export';

interface YearSummary<E> {
  year: number;
  totalJp: number;
  rightJp: number;
  shortfallJp: number;
  entries: E[];
}

/** JP per year against the 20 JP right of UU 20/2023 Pasal 47(2), oldest year first. */
export function summarise<E extends { year: number; jp: number }>(entries: readonly E[]): YearSummary<E>[] {
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = entries.filter((e) => e.year === year);
    const totalJp = ofYear.reduce((sum, e) => sum + e.jp, 0);
    return {
      year,
      totalJp,
      rightJp: ANNUAL_JP_RIGHT,
      shortfallJp: Math.max(0, ANNUAL_JP_RIGHT - totalJp),
      entries: ofYear,
    };
  });
}

/** The rows of the holder's entries, oldest first, from their training certificates (C18), 100 at a time. */
async function holderRows(nip: string, entries: readonly DevelopmentEntry[]): Promise<DevelopmentRow[]> {
  const rows: DevelopmentRow[] = [];
  for (let i = 0; i < entries.length; i += BATCH_READ_LIMIT) {
    const trainings = await trainingCertificatesOf(
      entries.slice(i, i + BATCH_READ_LIMIT).map((e) => ({ programId: e.programId, nip })),
    );
    rows.push(...(await developmentRows(trainings.filter((t) => t !== undefined))));
  }
  return rows;
}

/** One row per training, oldest year first, with the year's total and shortfall repeated on each. */
export function developmentRecordCsv(rows: readonly DevelopmentRow[]): string {
  return toCsv(
    [...DEVELOPMENT_CSV_COLUMNS, 'total_jp_tahun', 'kekurangan_jp_tahun'],
    summarise(rows).flatMap((y) =>
      y.entries.map((row) => [...developmentFields(row), y.totalJp, y.shortfallJp]),
    ),
  );
}

/**
 * The holder's JP of competency development per year, from the training certificates issued to them in every
 * programme, for the national record (SIPKA, Peraturan LAN 6/2022 Pasal 34(2)). An instansi sees the record of
 * an ASN whose latest training it proposed.
 */
export const getDevelopmentRecord: Operation<typeof routes.getDevelopmentRecord> = async ({
  params,
  query,
  scoped: { development },
}) => {
  if (query.format === 'csv') {
    const rows = await holderRows(params.nip, development);
    return csvAnswer(`Pengembangan Kompetensi ${params.nip}.csv`, developmentRecordCsv(rows));
  }
  return { statusCode: 200, body: { nip: params.nip, years: summarise(development) } };
};

/**
 * The development record of every ASN whose training the instansi proposed, of every programme or of one, in
 * bulk: for its HR office, and for BKN or the Kanreg of its region (the route's instansi scope).
 */
export const getInstansiDevelopmentRecord: Operation<typeof routes.getInstansiDevelopmentRecord> = async ({
  params,
  query,
  scoped: { instansi },
}) => {
  const rows = await instansiDevelopmentRows(params.instansiCode, query.programId);
  if (query.format === 'csv') {
    const name = fileNamePart(instansi.name, 120, params.instansiCode);
    return csvAnswer(
      `Pengembangan Kompetensi ${name}.csv`,
      toCsv(DEVELOPMENT_CSV_COLUMNS, rows.map(developmentFields)),
    );
  }
  return {
    statusCode: 200,
    body: {
      instansiCode: params.instansiCode,
      ...(query.programId && { programId: query.programId }),
      rows,
    },
  };
};
