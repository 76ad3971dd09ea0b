import * as z from 'zod';
import { ENV } from '../../runtime/env';

/*
 * Configuration a deployment gives the system (cdk -c verificationContact=…), with the schema it must meet.
 */

/**
 * Where a member of the public turns with a question about a certificate, or to report a forgery or a wrong
 * entry: shown on every verification page. Deployments set it as JSON in VERIFICATION_CONTACT; without it the
 * page names BKN's training unit and the national complaint channel.
 */
export const Contact = z.strictObject({
  unit: z.string().trim().min(1),
  address: z.string().trim().min(1),
  phone: z.string().trim().min(1).optional(),
  email: z.email().optional(),
  web: z.url({ protocol: /^https?$/ }).optional(),
  complaint: z.strictObject({
    /** The channel in words, e.g. "SP4N-LAPOR!". */
    name: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
  }),
});
export type Contact = z.infer<typeof Contact>;

/** The unit that runs the programme, as its 2019 letter names itself (seed 003), and SP4N-LAPOR!. */
export const DEFAULT_CONTACT: Contact = {
  unit: 'Pusat Pengembangan Aparatur Sipil Negara, Badan Kepegawaian Negara',
  address: 'Jl. Mayjen Sutoyo No. 12, Cililitan, Kramat Jati, Jakarta Timur 13640',
  web: 'http://pusbangasn.bkn.go.id',
  complaint: {
    name: 'SP4N-LAPOR! (Layanan Aspirasi dan Pengaduan Online Rakyat)',
    url: 'https://www.lapor.go.id',
  },
};

/**
 * A deployment's contact as it sets it (JSON); throws, saying why, on a value that is not a contact. Checked when
 * the stack is synthesized (infra/stack.ts) and again where a page is made.
 */
export function parseVerificationContact(raw: string): Contact {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`${ENV.verificationContact} is not JSON`);
  }
  const parsed = Contact.safeParse(value);
  if (!parsed.success) {
    throw new Error(`${ENV.verificationContact} is not a contact: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * The configured contact, read when a page is made. A value that is not a valid contact is a deployment error:
 * it fails loudly (the function's error alarm) rather than show the public a channel nobody configured.
 */
export function contact(): Contact {
  const raw = process.env[ENV.verificationContact]?.trim();
  return raw ? parseVerificationContact(raw) : DEFAULT_CONTACT;
}
