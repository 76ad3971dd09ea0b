import * as z from 'zod';

/*
 * Its own module: the training-delivery contract (events/api/delivery.ts) needs it without the training one, whose
 * schemas would take about 8 KiB of that function's 400 KiB bundle budget.
 */

/** A PIK graduate entering the test directly (Pasal 23): the training's duties and JP do not apply to them. */
export const TrainingExempt = z
  .literal('UJI_LANGSUNG_PIK')
  .describe(
    'Lulusan PIK yang masuk uji langsung (Pasal 23): tidak mengikuti pelatihan, hanya sesi evaluasi/uji; JP pelatihan tidak berlaku baginya.',
  );
