import * as z from 'zod';
import { OFFICIAL_LEVELS } from '../../domain/assessment/briefing';
import { KanregCode, Nip, ProgramId } from './identifiers';
import { DisplayName, DisplayText } from './text';

/** The programme briefing of a cohort (pengarahan program), Perban BKN 7/2020 Pasal 33. */
export const BriefingRequest = z
  .strictObject({
    heldOn: z.iso.date(),
    place: DisplayText(3, 300),
    official: z.strictObject({
      name: DisplayName(),
      nip: Nip.optional(),
      position: DisplayText(3, 300),
      level: z.enum(OFFICIAL_LEVELS),
      designation: z
        .strictObject({ letterNumber: DisplayText(3, 100), issuedOn: z.iso.date() })
        .nullable()
        .describe('Surat penunjukan, bagi pejabat di bawah JPT Pratama (Pasal 33(3)).'),
    }),
    withKanreg: KanregCode.nullable().describe(
      'Kanreg yang bersama unit pelatihan BKN menyelenggarakan pengarahan, bila uji di daerah (Pasal 33(2)).',
    ),
  })
  .meta({
    id: 'BriefingRequest',
    description: 'Pengarahan program angkatan sebelum uji (Perban BKN 7/2020 Pasal 33).',
    examples: [
      {
        heldOn: '2027-07-29',
        place: 'Pusbang ASN BKN, Aula',
        official: {
          name: 'Dr. Hardianawati, M.Si.',
          position: 'Kepala Pusat Pengembangan ASN BKN',
          level: 'JPT_PRATAMA',
          designation: null,
        },
        withKanreg: null,
      },
    ],
  });
export type BriefingRequest = z.infer<typeof BriefingRequest>;

export const BriefingAttendee = z.object({
  nip: Nip,
  present: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type BriefingAttendee = z.infer<typeof BriefingAttendee>;

export const AttendanceRequest = z
  .strictObject({
    attendees: z
      .array(z.strictObject({ nip: Nip, present: z.boolean() }))
      .min(1)
      .max(99)
      .refine((a) => new Set(a.map((x) => x.nip)).size === a.length, {
        message: 'Setiap NIP hanya sekali.',
      }),
  })
  .meta({
    id: 'BriefingAttendanceRequest',
    description: 'Kehadiran peserta angkatan pada pengarahan program (Pasal 33(1)).',
    examples: [{ attendees: [{ nip: '198503102010011002', present: true }] }],
  });

export const Briefing = BriefingRequest.extend({
  programId: ProgramId,
  cohort: z.int(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  attendees: z.array(BriefingAttendee),
}).meta({
  id: 'Briefing',
  examples: [
    {
      ...(BriefingRequest.meta()?.examples as BriefingRequest[])[0],
      programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
      cohort: 19,
      recordedBy: 'bkn-admin-1',
      recordedAt: '2027-07-29T09:00:00.000Z',
      attendees: [
        {
          nip: '198503102010011002',
          present: true,
          recordedBy: 'bkn-admin-1',
          recordedAt: '2027-07-29T09:30:00.000Z',
        },
      ],
    },
  ],
});
export type Briefing = z.infer<typeof Briefing>;
