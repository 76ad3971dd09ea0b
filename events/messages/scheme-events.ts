import * as z from 'zod';
import { SchemeCode } from '../api/identifiers';

/*
 * Integration events of the scheme register, written to the outbox with the change they announce and put on the
 * event bus by the relay like the certificate events (events/messages/certificate-events.ts: same source, same
 * at-least-once delivery with a stable `eventId`).
 */

export const SchemeVersionPublished = z
  .strictObject({
    eventId: z
      .string()
      .min(1)
      .max(200)
      .describe('Id tetap peristiwa (SKEMA/<skema>#<urutan versi>): pengiriman ulang membawa id yang sama.'),
    scheme: SchemeCode,
    version: z.string().min(1).describe('Versi yang diterbitkan.'),
    sequence: z.int().min(2).describe('Urutan versi dalam skema (versi 1: pedoman 2019).'),
    effectiveOn: z.iso.date(),
    publishedOn: z.iso.date().describe('Tanggal penerbitan (WIB): pemegang didaftarkan pada tanggal ini.'),
    correlationId: z.string().min(1).describe('Id korelasi permintaan penerbitan, untuk penelusuran log.'),
  })
  .meta({
    id: 'SchemeVersionPublished',
    description:
      'BKN menerbitkan versi baru skema (Perban BKN 7/2020 Pasal 13(2)); setiap pemegang sertifikat yang berlaku pada versi lama didaftarkan ke versi ini (Pasal 35(3)).',
    examples: [
      {
        eventId: 'SKEMA/ADMINISTRATOR#2',
        scheme: 'ADMINISTRATOR',
        version: '2028',
        sequence: 2,
        effectiveOn: '2028-03-01',
        publishedOn: '2028-03-10',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });
export type SchemeVersionPublished = z.infer<typeof SchemeVersionPublished>;
