/**
 * The source documents the reference data is taken from, and the prefix every citation starts with, so a
 * reader can trace each item back to the seed (see /work/shared/seeds/README.md; the regulation texts are also
 * in docs/sources/).
 */
export const SOURCE_CODES = ['PERBAN_BKN_7_2020', 'SURAT_PUSBANG_2019', 'PANDUAN_PUSBANG_2019'] as const;

export type SourceCode = (typeof SOURCE_CODES)[number];

export interface SourceDocument {
  readonly code: SourceCode;
  /** Title as the document gives it. */
  readonly title: string;
  /** Every citation of this document starts with this text. */
  readonly citation: string;
  /** The seed file it was read from. */
  readonly seedFile: string;
}

export const SOURCE_DOCUMENTS: Readonly<Record<SourceCode, SourceDocument>> = {
  PERBAN_BKN_7_2020: {
    code: 'PERBAN_BKN_7_2020',
    title:
      'Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2020 tentang Pedoman Penyelenggaraan Sertifikasi Kompetensi Teknis Manajemen Aparatur Sipil Negara',
    citation: 'Perban BKN 7/2020',
    seedFile: '001_b27e2a40f9c2b894.txt',
  },
  SURAT_PUSBANG_2019: {
    code: 'SURAT_PUSBANG_2019',
    title:
      'Surat Pemberitahuan Pelatihan dan Sertifikasi Manajemen ASN, Nomor 195 /A/TU/Pusbang ASN/III/2019',
    citation: 'Surat Pusbang ASN BKN 2019',
    seedFile: '003_e15e9a50374bfb1e.txt',
  },
  PANDUAN_PUSBANG_2019: {
    code: 'PANDUAN_PUSBANG_2019',
    title: 'Panduan Pelatihan dan Sertifikasi Kompetensi Teknis Manajemen ASN 2019',
    citation: 'Panduan Pusbang ASN BKN 2019',
    seedFile: '003_e15e9a50374bfb1e.txt',
  },
};

/** True when `citation` names one of the source documents, e.g. `Perban BKN 7/2020 Pasal 14(1)a`. */
export function citesKnownSource(citation: string): boolean {
  return SOURCE_CODES.some((code) => {
    const prefix = SOURCE_DOCUMENTS[code].citation;
    return citation === prefix || citation.startsWith(`${prefix} `) || citation.startsWith(`${prefix},`);
  });
}
