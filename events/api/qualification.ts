import * as z from 'zod';
import { QUALIFICATION_CODES } from '../../domain/reference/qualifications';

/* Apart from identifiers.ts: only the contracts that name a qualification bundle the qualification tables. */
export const QualificationCode = z.enum(QUALIFICATION_CODES).meta({
  id: 'QualificationCode',
  description:
    'Kualifikasi yang dinilai (Panduan Pusbang ASN BKN 2019), ditentukan oleh skema dan instansi calon. JPT Pratama: JPT_PRATAMA_BKN untuk pejabat BKN, JPT_PRATAMA_INSTANSI untuk K/L dan Daerah.',
});
