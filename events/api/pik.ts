import * as z from 'zod';
import { DisplayText } from './text';
import { InstansiCode, Nip, ProgramId, SchemeCode } from './identifiers';

/*
 * PIK graduates (Perban BKN 7/2020 Pasal 23, Pasal 1 angka 16): BKN's register of PIK courses recognised as
 * equivalent to competency units, and a proposed candidate's graduation with the equivalence course by course.
 */
const CourseCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, 'Kode mata kuliah: huruf besar, angka dan tanda hubung (2-20).')
  .meta({ id: 'PikCourseCode', examples: ['PIK-MSDM-301'] });
const Decree = z.strictObject({ number: DisplayText(3, 120), date: z.iso.date() });

export const PikCoursePath = z.strictObject({ courseCode: CourseCode });

export const CourseEquivalenceInput = z
  .strictObject({
    courseName: DisplayText(3, 200),
    unitCodes: z.array(z.string().trim().min(1).max(32)).min(1).max(40),
    decree: Decree.describe('Keputusan BKN yang mengakui kesetaraan mata kuliah ini.'),
  })
  .meta({
    id: 'CourseEquivalenceInput',
    examples: [
      {
        courseName: 'Manajemen Kinerja dan Pengembangan Karier ASN',
        unitCodes: ['MASN-ADM-01', 'MASN-ADM-02'],
        decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
      },
    ],
  });

export const CourseEquivalence = z
  .object({
    courseCode: z.string(),
    courseName: z.string(),
    unitCodes: z.array(z.string()),
    decree: z.object({ number: z.string(), date: z.iso.date() }),
    recordedBy: z.string(),
    recordedAt: z.iso.datetime(),
  })
  .meta({
    id: 'CourseEquivalence',
    examples: [
      {
        courseCode: 'PIK-MSDM-301',
        courseName: 'Manajemen Kinerja dan Pengembangan Karier ASN',
        unitCodes: ['MASN-ADM-01', 'MASN-ADM-02'],
        decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
        recordedBy: 'bkn-admin',
        recordedAt: '2020-06-03T03:00:00.000Z',
      },
    ],
  });
export type CourseEquivalence = z.infer<typeof CourseEquivalence>;

export const CourseEquivalenceList = z.object({ items: z.array(CourseEquivalence) }).meta({
  id: 'CourseEquivalenceList',
  examples: [{ items: CourseEquivalence.meta()?.examples as CourseEquivalence[] }],
});

export const PikGraduationInput = z
  .strictObject({
    diplomaNumber: DisplayText(3, 80),
    graduatedOn: z.iso.date(),
    courseCodes: z.array(CourseCode).min(1).max(80).describe('Mata kuliah yang lulus, dari transkrip.'),
  })
  .meta({
    id: 'PikGraduationInput',
    examples: [
      {
        diplomaNumber: 'PIK/2019/0042',
        graduatedOn: '2019-08-30',
        courseCodes: ['PIK-MSDM-301', 'PIK-MSDM-302'],
      },
    ],
  });

export const PikGraduation = z
  .object({
    programId: ProgramId,
    instansiCode: InstansiCode,
    nip: Nip,
    scheme: SchemeCode,
    diplomaNumber: z.string(),
    graduatedOn: z.iso.date(),
    courses: z.array(
      z.object({
        courseCode: z.string(),
        recognised: z.boolean(),
        unitCodes: z.array(z.string()),
        decree: z.object({ number: z.string(), date: z.iso.date() }).optional(),
      }),
    ),
    coveredUnits: z.array(z.string()),
    qualification: z
      .string()
      .optional()
      .describe('Kualifikasi skema yang dicakup seluruhnya oleh mata kuliah yang diakui.'),
    entry: z
      .literal('UJI_LANGSUNG_PIK')
      .describe(
        'Masuk uji kompetensi langsung tanpa pelatihan (Pasal 23(1), 16(1)); usulan, persyaratan, konsultasi pra uji dan pengarahan tetap berlaku.',
      ),
    recordedBy: z.string(),
    recordedAt: z.iso.datetime(),
  })
  .meta({
    id: 'PikGraduation',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        instansiCode: '3201',
        nip: '199508172019031002',
        scheme: 'ADMINISTRATOR',
        diplomaNumber: 'PIK/2019/0042',
        graduatedOn: '2019-08-30',
        courses: [
          {
            courseCode: 'PIK-MSDM-301',
            recognised: true,
            unitCodes: ['MASN-ADM-01', 'MASN-ADM-02'],
            decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
          },
          { courseCode: 'PIK-UMUM-101', recognised: false, unitCodes: [] },
        ],
        coveredUnits: ['MASN-ADM-01', 'MASN-ADM-02'],
        qualification: 'ADMINISTRATOR',
        entry: 'UJI_LANGSUNG_PIK',
        recordedBy: 'operator-3201',
        recordedAt: '2020-07-01T03:00:00.000Z',
      },
    ],
  });
export type PikGraduation = z.infer<typeof PikGraduation>;
