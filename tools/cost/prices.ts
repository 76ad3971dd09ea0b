import { readFileSync } from 'node:fs';
import { z } from 'zod';

const isoDate = z.iso.date();

/** A price as read: the figure in USD and where it was read (an address, or a repository file and its date). */
const price = z.strictObject({
  usd: z.number().nonnegative(),
  source: z.string().min(1),
});

/**
 * The on-demand prices the cost estimate uses (issue 19 point 3), kept as data with the day they were read: one
 * file per Region under tools/cost/prices/. Each figure is per the unit its name says.
 */
export const PriceList = z.strictObject({
  region: z.string().min(1),
  /** The day the figures were read from their sources. */
  readOn: isoDate,
  /** What the reader should know about this list (a Region other than the one deployed, a tier assumed). */
  note: z.string().optional(),
  lambda: z.strictObject({ perMillionRequests: price, perArmGbSecond: price }),
  apiGateway: z.strictObject({ perMillionHttpRequests: price }),
  dynamodb: z.strictObject({ perMillionWriteUnits: price, perMillionReadUnits: price }),
  sqs: z.strictObject({ perMillionRequests: price }),
  s3: z.strictObject({ perThousandWrites: price, perThousandReads: price }),
  /** KMS prices RSA 2048 requests as symmetric ones, other asymmetric keys (the Ed25519 issuer key) higher. */
  kms: z.strictObject({
    perTenThousandRsa2048Signs: price,
    perTenThousandOtherAsymmetricSigns: price,
    perTenThousandRequests: price,
  }),
  ses: z.strictObject({ perThousandEmails: price }),
  eventBridge: z.strictObject({ perMillionEvents: price }),
  /** Rupiah per US dollar, for the estimate in IDR. */
  idrPerUsd: z.strictObject({ rate: z.number().positive(), readOn: isoDate, source: z.string().min(1) }),
});
export type PriceList = z.infer<typeof PriceList>;

/** Reads and checks a price file; a wrong file is named with what is wrong in it. */
export function readPriceList(file: string): PriceList {
  const parsed = PriceList.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a price list: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
