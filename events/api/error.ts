import * as z from 'zod';
import type { RuleViolation } from '../../domain/shared/rule';

/** The one error shape every route answers with (issue 4.6): a stable code, a message in Bahasa Indonesia. */
export const ApiError = z
  .object({
    code: z.string().describe('Kode galat yang stabil untuk mesin, mis. VALIDATION_FAILED atau kode aturan.'),
    message: z.string().describe('Penjelasan dalam Bahasa Indonesia.'),
    details: z
      .unknown()
      .optional()
      .describe('Rincian: daftar isian yang salah atau aturan yang tidak terpenuhi.'),
  })
  .meta({
    id: 'ApiError',
    examples: [
      {
        code: 'VALIDATION_FAILED',
        message: 'Data yang dikirim tidak valid.',
        details: [{ path: 'year', code: 'too_small', message: 'Tahun paling awal 2019.' }],
      },
    ],
  });

export type ApiError = z.infer<typeof ApiError>;

/**
 * A zod issue for a domain rule broken by a field: the request parser answers with the rule's code, not a
 * generic one (runtime/http/parse-request.ts).
 */
export const ruleIssue = (v: RuleViolation) =>
  ({ code: 'custom', message: v.message, params: { code: v.code, article: v.article } }) as const;

/** The rule a zod issue carries when it was raised by {@link ruleIssue}. */
export function ruleOfIssue(issue: z.core.$ZodIssue): { code: string; article: string } | undefined {
  const params = issue.code === 'custom' ? issue.params : undefined;
  return typeof params?.code === 'string' && typeof params.article === 'string'
    ? { code: params.code, article: params.article }
    : undefined;
}
