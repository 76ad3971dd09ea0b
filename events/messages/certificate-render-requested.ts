import * as z from 'zod';

/**
 * Asks the certificate worker to render (again) one recorded version of a competency certificate, e.g. the new
 * version a re-issue created (Perban BKN 7/2020 Pasal 35(3)). The version is already numbered and recorded, so
 * a duplicate delivery renders the same bytes to the same key.
 */
export const CertificateRenderRequested = z
  .strictObject({
    type: z.literal('CertificateRenderRequested'),
    version: z.literal(1),
    registrationNumber: z.string().min(1).max(40),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'CertificateRenderRequested',
    examples: [
      {
        type: 'CertificateRenderRequested',
        version: 1,
        registrationNumber: '0042/SKTM-ASN/L3/2027-P1',
        requestedAt: '2028-01-15T03:00:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type CertificateRenderRequested = z.infer<typeof CertificateRenderRequested>;
