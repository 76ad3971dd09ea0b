import { ANNUAL_JP_RIGHT } from '../../domain/certificate/training-certificate';
import type { DevelopmentEntry } from '../../events/api/certificate';
import type { routes } from '../../events/api/routes';
import { CSV_CONTENT_TYPE, keptAsText, toCsv } from './csv';
import type { Operation } from '../../runtime/http/api-handler';

interface YearSummary {
  year: number;
  totalJp: number;
  rightJp: number;
  shortfallJp: number;
  entries: DevelopmentEntry[];
}

/** JP per year against the 20 JP right of UU 20/2023 Pasal 47(2), oldest year first. */
export function summarise(entries: readonly DevelopmentEntry[]): YearSummary[] {
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

const CSV_COLUMNS = [
  'nip',
  'tahun',
  'program_id',
  'judul',
  'jenis',
  'jp',
  'tanggal_selesai',
  'instansi',
  'total_jp_tahun',
  'kekurangan_jp_tahun',
];

/** One row per training certificate, with the year's total and shortfall repeated (./csv.ts: for Excel). */
export function developmentRecordCsv(nip: string, years: readonly YearSummary[]): string {
  return toCsv(
    CSV_COLUMNS,
    years.flatMap((y) =>
      y.entries.map((e) => [
        keptAsText(nip),
        y.year,
        e.programId,
        e.title,
        e.trainingType,
        e.jp,
        e.completedOn,
        keptAsText(e.instansiCode),
        y.totalJp,
        y.shortfallJp,
      ]),
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
  const years = summarise(development);
  if (query.format === 'csv') {
    return {
      statusCode: 200,
      headers: {
        'content-type': CSV_CONTENT_TYPE,
        'content-disposition': `attachment; filename="pengembangan-kompetensi-${params.nip}.csv"`,
      },
      body: developmentRecordCsv(params.nip, years),
    };
  }
  return { statusCode: 200, body: { nip: params.nip, years } };
};
