import * as z from 'zod';
import { printedText, type PrintedTextKind } from '../../domain/identity/name';
import { ruleIssue } from './error';

/**
 * Text that letters, certificates or the public verification page show: trimmed, refused with the rule's code
 * when it holds a bidirectional, invisible or control character (domain/identity/name.ts), stored in NFC.
 */
function printed(kind: PrintedTextKind, min: number, max: number) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const decided = printedText(value, kind);
      if (!decided.ok) for (const v of decided.violations) ctx.addIssue(ruleIssue(v));
    })
    .normalize('NFC')
    .min(min)
    .max(max);
}

/** The name of a person, an instansi, a programme or a test site (NAMA-KARAKTER-KENDALI). */
export const DisplayName = (min = 3, max = 200) => printed('NAMA', min, max);

/** Other printed text: a position, a work unit, a place (TEKS-KARAKTER-KENDALI). */
export const DisplayText = (min = 3, max = 200) => printed('TEKS', min, max);
