import * as z from 'zod';
import { SCHEME_CODES } from '../../domain/reference/schemes';

/*
 * The identifiers every contract shares. Kept apart from the larger contracts so a function that only needs an
 * id or a path does not bundle them all.
 */

export const SchemeCode = z.enum(SCHEME_CODES).meta({
  id: 'SchemeCode',
  description: 'Skema sertifikasi (Perban BKN 7/2020 Pasal 14(1)).',
});

export const ProgramId = z
  .string()
  .regex(
    /^prg_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'Format ID program tidak dikenal.',
  )
  .meta({ id: 'ProgramId', examples: ['prg_0f8fad5b-d9cb-469f-a165-70867728950e'] });

export const InstansiCode = z
  .string()
  .regex(/^[0-9A-Z]{2,32}$/, 'Kode instansi: 2-32 huruf besar atau angka.')
  .meta({ id: 'InstansiCode', examples: ['4011'] });

export const KanregCode = z
  .string()
  .regex(/^[0-9A-Z]{1,8}$/, 'Kode Kanreg: 1-8 huruf besar atau angka.')
  .meta({ id: 'KanregCode', description: 'Kode Kantor Regional BKN (mis. I-XIV).', examples: ['V'] });

export const Nip = z
  .string()
  .regex(/^\d{18}$/, 'NIP terdiri atas 18 angka.')
  .meta({ id: 'Nip', description: 'Nomor Induk Pegawai (18 angka).', examples: ['198503102010011002'] });

/**
 * A whole number as it is written in a path or query string: decimal digits only, so "7" is 7 while "0x7",
 * "7e0", " 7" and "7.0" are refused rather than read as 7.
 */
export const DecimalInteger = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'Harus berupa bilangan bulat yang ditulis dengan angka desimal.')
    .pipe(z.coerce.number<string>().int().min(min).max(max));

/** A structural position of an instansi's register (Perka BKN 11/2008 Lampiran IV.1). */
export const PositionCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9.-]{1,39}$/, 'Kode jabatan: 2-40 huruf besar, angka, titik atau tanda hubung.')
  .meta({
    id: 'PositionCode',
    description: 'Kode jabatan struktural pada instansi.',
    examples: ['KABAG-REN'],
  });

/** An instansi's n-th nomination of a NIP for a structural assessment (Perka BKN 11/2008 III.1); absent on the first. */
export const NominationNumber = z
  .number()
  .int()
  .min(2)
  .max(9999)
  .describe(
    'Pencalonan ke berapa NIP ini di instansi (2 dan seterusnya); tidak ada pada pencalonan pertama.',
  );

/** Which nomination of a NIP a history read asks for (1 = the first); absent: the current one. */
export const NominationQuery = z.strictObject({
  nomination: DecimalInteger(1, 9999)
    .optional()
    .describe('Pencalonan ke berapa (1 = yang pertama); tanpa nilai: pencalonan yang berlaku sekarang.'),
});
