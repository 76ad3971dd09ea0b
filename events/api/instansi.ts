import * as z from 'zod';
import { InstansiCode, KanregCode } from './identifiers';
import { DisplayName } from './text';

export { InstansiCode, KanregCode };

export const InstansiKind = z.enum(['PUSAT', 'PROVINSI', 'KABUPATEN_KOTA']).meta({
  id: 'InstansiKind',
  description:
    'Instansi pusat, pemerintah provinsi, atau pemerintah kabupaten/kota (Perban BKN 7/2020 Pasal 31(1)b).',
});

export const UpsertInstansiRequest = z
  .strictObject({
    name: DisplayName(),
    kind: InstansiKind,
    kanreg: KanregCode.nullable().describe(
      'Kanreg yang membawahi instansi daerah; null untuk instansi pusat.',
    ),
    bkn: z
      .boolean()
      .optional()
      .describe(
        'Instansi ini adalah BKN sendiri (instansi pusat): JPT Pratama-nya diuji pada Kualifikasi JPT Pratama BKN (Panduan Pusbang ASN BKN 2019).',
      ),
  })
  .meta({
    id: 'UpsertInstansiRequest',
    examples: [{ name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
  });

export const Instansi = z
  .object({
    code: InstansiCode,
    name: z.string(),
    kind: InstansiKind,
    kanreg: KanregCode.nullable(),
    bkn: z.boolean().optional(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Instansi',
    examples: [
      {
        code: '3201',
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: 'III',
        updatedBy: 'admin-bkn-1',
        updatedAt: '2026-11-01T02:00:00.000Z',
      },
    ],
  });

export type Instansi = z.infer<typeof Instansi>;

export const InstansiList = z
  .object({ items: z.array(Instansi), nextCursor: z.string().optional() })
  .meta({ id: 'InstansiList', examples: [{ items: [(Instansi.meta()?.examples as unknown[])[0]] }] });

export const InstansiPath = z.strictObject({ instansiCode: InstansiCode });
