import * as z from 'zod';
import { UNDERTAKING } from '../../domain/certificate/undertaking';

/*
 * What a competency certificate answer carries of its maintenance (Perban BKN 7/2020 Pasal 35-36): the holder's
 * undertaking of Pasal 36(2) and the id of a monitoring record a revocation rests on. Kept apart from
 * ./surveillance.ts so every function answering certificates bundles only these.
 */
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');

export const MonitoringId = z
  .string()
  .regex(/^mon_[0-9TZ:.-]{24}_[0-9a-f]{8}$/, 'Nomor catatan pemantauan tidak dikenal.')
  .describe('Nomor catatan pemantauan, mis. `mon_2028-02-01T03:00:00.000Z_0a1b2c3d`.');

/** What the holder signed, stored on the certificate version. */
export const UndertakingSignature = z.object({
  textVersion: z.string(),
  signedOn: IsoDate,
  signedAt: z.iso.datetime(),
  signedBy: z.string(),
});
export type UndertakingSignature = z.infer<typeof UndertakingSignature>;

/** The undertaking as a certificate answer shows it: the text to sign, and whether and when it was signed. */
export const Undertaking = z
  .object({
    textVersion: z.string().describe('Versi teks yang ditandatangani, atau yang berlaku bila belum.'),
    clauses: z.array(z.object({ clause: z.string(), text: z.string() })),
    signed: z.boolean(),
    signature: UndertakingSignature.optional(),
  })
  .meta({
    id: 'Undertaking',
    description: 'Persetujuan pemegang sertifikat (Perban BKN 7/2020 Pasal 36(2)a-d).',
  });
export type Undertaking = z.infer<typeof Undertaking>;

export const UndertakingRequest = z
  .strictObject({
    textVersion: z.string().min(1).max(20).describe('Versi teks persetujuan yang dibaca dan disetujui.'),
    accepted: z.literal(true),
  })
  .meta({ id: 'UndertakingRequest', examples: [{ textVersion: UNDERTAKING.version, accepted: true }] });
