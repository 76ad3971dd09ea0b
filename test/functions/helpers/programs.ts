import type { AnnouncementLetterDetails, Program } from '../../../events/api/program';

export const PROGRAM_ID = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
export const OTHER_PROGRAM_ID = 'prg_1b4e28ba-2fa1-41d2-883f-0016d3cca427';

/** A stored programme: the 2026 round, window 1-14 April 2026 WIB, created on 2 March 2026. */
export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: PROGRAM_ID,
    name: 'Pelatihan dan Sertifikasi Manajemen ASN 2026',
    year: 2026,
    schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
    proposalWindow: { opensAt: '2026-03-31T17:00:00.000Z', closesAt: '2026-04-14T16:59:59.000Z' },
    quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
    cohortPlan: [],
    status: 'SCHEDULED',
    createdBy: 'bkn-admin-1',
    createdAt: '2026-03-02T03:00:00.000Z',
    updatedAt: '2026-03-02T03:00:00.000Z',
    ...overrides,
  };
}

/** The number, place and signer BKN gives when it asks for the programme's announcement letter. */
export const aLetterDetails = (): AnnouncementLetterDetails => ({
  number: '195/A/TU/Pusbang ASN/III/2026',
  place: 'Bogor',
  signer: {
    name: 'Dr. Andi Wijaya, M.Si.',
    nip: '197001011995031001',
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
  },
});

/**
 * The programme as a DynamoDB item, keys included. Written out here rather than taken from the repository so
 * the tests pin the key shapes of docs/data-model.md independently.
 */
export function programItem(program: Program): Record<string, unknown> {
  const window =
    program.status === 'SCHEDULED'
      ? { gsi2pk: 'PROGRAM_WINDOW#SCHEDULED', gsi2sk: program.proposalWindow.opensAt }
      : program.status === 'OPEN'
        ? {
            gsi2pk: 'PROGRAM_WINDOW#OPEN',
            gsi2sk: new Date(new Date(program.proposalWindow.closesAt).getTime() + 1).toISOString(),
          }
        : {};
  return {
    pk: `PROGRAM#${program.id}`,
    sk: '#PROGRAM',
    entity: 'Program',
    gsi1pk: 'PROGRAMS',
    gsi1sk: `${program.year}#${program.createdAt}#${program.id}`,
    ...window,
    ...program,
  };
}

export const programKey = (id: string) => ({ pk: `PROGRAM#${id}`, sk: '#PROGRAM' });
