import * as z from 'zod';
import { DisplayName, DisplayText } from './text';

/** An official who signs a document: name with degrees, NIP when the official has one, and position. */
export const OfficialSigner = z.strictObject({
  name: DisplayName(),
  nip: z
    .string()
    .regex(/^\d{18}$/, 'NIP terdiri atas 18 angka.')
    .optional(),
  position: DisplayText(),
});
