/** Education levels (jenjang pendidikan), in order, for "berijazah paling rendah Sarjana (S1)". */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Whether `level` is at least `minimum` (D4 is ranked just below S1). */
export function isEducationAtLeast(level: EducationLevel, minimum: EducationLevel): boolean {
  return EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf(minimum);
}
