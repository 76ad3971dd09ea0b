import * as z from 'zod';
import { SchemeCode } from '../api/program';

/**
 * Asks the scheme enrolment worker to enrol the next page of a scheme's holders on a version BKN published
 * (Perban BKN 7/2020 Pasal 35(3)): the holders listed under `olderVersion` after `cursor`. The publication enrols
 * its first pages itself and sends this for the rest; each page the worker enrols sends the next one, until the
 * holders of every older version are enrolled. Delivering it twice is harmless: a holder is enrolled once.
 */
export const SchemeEnrolmentRequested = z
  .strictObject({
    type: z.literal('SchemeEnrolmentRequested'),
    version: z.literal(1),
    scheme: SchemeCode,
    targetVersion: z.string().min(1).describe('Versi yang diterbitkan: pemegang didaftarkan ke versi ini.'),
    olderVersion: z.string().min(1).describe('Versi lama yang pemegangnya dibaca pada halaman ini.'),
    cursor: z
      .string()
      .min(1)
      .optional()
      .describe('Posisi sesudah halaman terakhir yang sudah didaftarkan; tanpa ini, dari awal versi lama.'),
    enrolledOn: z.iso.date().describe('Tanggal pendaftaran (WIB): hari versi diterbitkan.'),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'SchemeEnrolmentRequested',
    examples: [
      {
        type: 'SchemeEnrolmentRequested',
        version: 1,
        scheme: 'ADMINISTRATOR',
        targetVersion: '2028',
        olderVersion: '2019',
        cursor: 'eyJwayI6IlBBUlRJQ0lQQU5UIy4uLiJ9',
        enrolledOn: '2028-03-10',
        requestedAt: '2028-03-10T03:00:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type SchemeEnrolmentRequested = z.infer<typeof SchemeEnrolmentRequested>;
