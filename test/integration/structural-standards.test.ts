import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StructuralPositionRequest } from '../../events/api/structural-standards';
import { TpkRequest, UpkRequest } from '../../events/api/structural';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { ASSESSORS as ALL_ASSESSORS, instansiAndOfficials, OTHER, OWN } from './structural-fixture';

/*
 * Through the public API (Perka BKN 11/2008 Lampiran IV.1, I.C.3, III.1-2): the instansi keeps the competency
 * standards of its structural positions as versioned data, the PPK determines candidates for a registered position of
 * its echelon, the plan attaches that position's standard in force; TPK members are trained assessors with a
 * technical expertise and a UPK states its assessors are; a PNS is nominated by one instansi only.
 */

const NIP = '198503102010011002';
/** The five members of the TPK. */
const ASSESSORS = ALL_ASSESSORS.slice(0, 5);
const TWICE = '198601012010011001';

let stack: LocalStack;
let kepegawaian: Caller;
let ppk: Caller;
let baperjakat: Caller;
let otherKepegawaian: Caller;
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);
const fields = (body: { details: { field: string }[] }) => body.details.map((v) => v.field);
const positions = (code = OWN) => `/structural/instansi/${code}/positions`;
const candidates = (code = OWN) => `/structural/instansi/${code}/candidates`;

const POSITION = structuredClone(
  (StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!,
);
const [BASIC, FIELD] = POSITION.standard.competencies;
const TEAM = structuredClone((TpkRequest.meta()?.examples as TpkRequest[])[0]!);
const UPK = structuredClone((UpkRequest.meta()?.examples as UpkRequest[])[0]!);
const tpk = (edit: (team: TpkRequest) => void = () => undefined) => {
  const team = structuredClone(TEAM);
  team.members.forEach((m, i) => (m.nip = ASSESSORS[i]!));
  edit(team);
  return team;
};
const candidate = {
  name: 'Budi Santoso, S.E., M.M.',
  position: 'Kepala Subbagian Perencanaan',
  workUnit: 'Biro Perencanaan',
  selection: {
    administrative: { passed: true, date: '2025-02-03' },
    substance: { passed: true, date: '2025-02-05' },
  },
};
const determination = (o: Record<string, unknown> = {}) => ({
  decision: 'DITETAPKAN',
  decreeNumber: '821/15/KEP/2025',
  decreeDate: '2025-02-17',
  positionCode: POSITION.code,
  echelon: 'III',
  assessedBy: 'TPK',
  ...o,
});

beforeAll(async () => {
  stack = await startTestStack({ workers: false });
  ({ kepegawaian, ppk, baperjakat } = await instansiAndOfficials(stack));
  otherKepegawaian = await callerFor(stack, 'kepegawaian', { instansi: OTHER });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the register of structural positions and their competency standards (Lampiran IV.1)', () => {
  it('PK-SKJ-DISUSUN: a standard without field competencies, with a code twice, dated ahead is refused with every point', async () => {
    const refused = await kepegawaian('POST', positions(), {
      ...POSITION,
      standard: { ...POSITION.standard, establishedOn: '2099-01-02', competencies: [BASIC, BASIC] },
    });
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['PK-SKJ-DISUSUN', 'PK-SKJ-DISUSUN', 'PK-SKJ-DISUSUN']);
    expect(fields(refused.body)).toEqual(['competencies', 'competencies.1.code', 'establishedOn']);
    expect(
      (
        await kepegawaian('POST', positions(), {
          ...POSITION,
          standard: { ...POSITION.standard, competencies: [FIELD] },
        })
      ).body.details,
    ).toMatchObject([{ code: 'PK-SKJ-DISUSUN', field: 'competencies' }]);
    expect((await ppk('GET', positions())).body.items).toEqual([]);
  });

  it('a position is registered by the personnel official with version 1 of its standard, with who and when; its readers are the PPK and Baperjakat; a code once', async () => {
    const registered = await kepegawaian('POST', positions(), POSITION);
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body).toMatchObject({
      ...POSITION,
      version: 1,
      recorded: { by: 'kepegawaian.kemenpan' },
    });
    expect((await ppk('GET', `${positions()}/${POSITION.code}`)).body).toEqual(registered.body);
    expect((await baperjakat('GET', positions())).body.items).toEqual([registered.body]);
    const version = await baperjakat('GET', `${positions()}/${POSITION.code}/standards/1`);
    expect(version.body).toEqual({
      ...POSITION.standard,
      instansiCode: OWN,
      positionCode: POSITION.code,
      version: 1,
      recorded: registered.body.recorded,
    });
    const again = await kepegawaian('POST', positions(), POSITION);
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_POSITION_EXISTS']);
    expect((await ppk('POST', positions(), { ...POSITION, code: 'KASUBAG-REN' })).status).toBe(403);
    expect((await baperjakat('POST', positions(), { ...POSITION, code: 'KASUBAG-REN' })).status).toBe(403);
  });

  it("AKSES-PEJABAT-INSTANSI: another instansi's official neither reads nor changes the register, answered as an unregistered instansi", async () => {
    const missing = await otherKepegawaian('GET', positions('9999'));
    expect([missing.status, missing.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    for (const [method, path, body] of [
      ['GET', positions(), undefined],
      ['GET', `${positions()}/${POSITION.code}`, undefined],
      ['GET', `${positions()}/${POSITION.code}/standards/1`, undefined],
      ['POST', positions(), { ...POSITION, code: 'KASUBAG-REN' }],
      ['POST', `${positions()}/${POSITION.code}/standards`, { revises: 1, standard: POSITION.standard }],
    ] as const) {
      const response = await otherKepegawaian(method, path, body);
      expect([response.status, response.body], `${method} ${path}`).toEqual([404, missing.body]);
    }
    expect((await otherKepegawaian('GET', positions(OTHER))).body.items).toEqual([]);
  });
});

describe('the PPK determines a candidate for a registered position of its echelon (Lampiran III.1.c, IV.1)', () => {
  beforeAll(async () => {
    expect((await kepegawaian('PUT', `${candidates()}/${NIP}`, candidate)).status).toBe(201);
    const proposal = { letterNumber: '800/112/BKPSDM/2025', letterDate: '2025-02-10' };
    expect((await kepegawaian('POST', `${candidates()}/${NIP}/proposal`, proposal)).status).toBe(200);
  });

  it('PK-JABATAN-TERDAFTAR: a position not in the register, or an echelon other than the registered one, is refused', async () => {
    const unregistered = await ppk(
      'POST',
      `${candidates()}/${NIP}/determination`,
      determination({ positionCode: 'KABAG-KEU' }),
    );
    expect([unregistered.status, codes(unregistered.body), fields(unregistered.body)]).toEqual([
      422,
      ['PK-JABATAN-TERDAFTAR'],
      ['positionCode'],
    ]);
    const echelon = await ppk(
      'POST',
      `${candidates()}/${NIP}/determination`,
      determination({ echelon: 'IV' }),
    );
    expect([echelon.status, codes(echelon.body), fields(echelon.body)]).toEqual([
      422,
      ['PK-JABATAN-TERDAFTAR'],
      ['echelon'],
    ]);
    expect((await ppk('GET', `${candidates()}/${NIP}`)).body.status).toBe('DIUSULKAN');
  });

  it('the determination for a registered position records it as the register has it', async () => {
    const determined = await ppk('POST', `${candidates()}/${NIP}/determination`, determination());
    expect(determined.status, JSON.stringify(determined.body)).toBe(200);
    expect(determined.body.determination).toMatchObject({
      positionCode: POSITION.code,
      position: { title: POSITION.name, unit: POSITION.workUnit },
      echelon: 'III',
      by: 'ppk.kemenpan',
    });
  });
});

describe('assessors are trained and have a technical expertise (Lampiran I.C.3, IV.3)', () => {
  it('PK-ASESOR-KUALIFIKASI: a TPK with a member never trained, trained after the decree or without an expertise is refused; trained on the day of the decree is enough', async () => {
    const refused = await ppk(
      'POST',
      `/structural/instansi/${OWN}/tpk`,
      tpk((team) => {
        delete team.members[1]!.qualification;
        team.members[2]!.qualification!.training!.date = '2025-01-16';
        delete team.members[3]!.qualification!.expertise;
      }),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(Array(4).fill('PK-ASESOR-KUALIFIKASI'));
    expect(fields(refused.body)).toEqual([
      'members.1.qualification.training',
      'members.1.qualification.expertise',
      'members.2.qualification.training.date',
      'members.3.qualification.expertise',
    ]);
    const formed = await ppk(
      'POST',
      `/structural/instansi/${OWN}/tpk`,
      tpk((team) => (team.members[2]!.qualification!.training!.date = team.decreeDate)),
    );
    expect(formed.status, JSON.stringify(formed.body)).toBe(201);
    expect(formed.body.members[0].qualification).toEqual(TEAM.members[0]!.qualification);
  });

  it('PK-ASESOR-KUALIFIKASI: a UPK that does not state its assessors meet the requirements is refused; with the statement it is recorded', async () => {
    const { assessorStatement, ...without } = UPK;
    const refused = await kepegawaian('POST', `/structural/instansi/${OWN}/upk`, without);
    expect([refused.status, codes(refused.body)]).toEqual([422, ['PK-ASESOR-KUALIFIKASI']]);
    const undeclared = await kepegawaian('POST', `/structural/instansi/${OWN}/upk`, {
      ...UPK,
      assessorStatement: { ...assessorStatement!, declared: false },
    });
    expect([undeclared.status, codes(undeclared.body)]).toEqual([422, ['PK-ASESOR-KUALIFIKASI']]);
    const recorded = await kepegawaian('POST', `/structural/instansi/${OWN}/upk`, UPK);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body.assessorStatement).toEqual(assessorStatement);
  });
});

describe("the plan attaches the determined position's standard in force (Lampiran III.2.a.2)", () => {
  const plan = (standard: Record<string, unknown>) => ({
    methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'],
    startDate: '2025-03-17',
    durationDays: 1,
    psychologist: { nip: ASSESSORS[0], name: 'Psikolog TPK', isPsychologist: true },
    documents: [
      { kind: 'STANDAR_KOMPETENSI_JABATAN', ...standard },
      { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2025-02-06' },
    ],
  });

  beforeAll(async () => {
    const [team] = (await kepegawaian('GET', `/structural/instansi/${OWN}/tpk`)).body.items;
    const handed = await kepegawaian('POST', `${candidates()}/${NIP}/handover`, {
      assessor: 'TPK',
      unitId: team.id,
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
  });

  it('PK-SKJ-DISUSUN: a new version revises the one in force, established not before it; the version it replaces is kept', async () => {
    const path = `${positions()}/${POSITION.code}/standards`;
    const revised = {
      ...POSITION.standard,
      decreeNumber: '800/02/SKJ/2025',
      establishedOn: '2025-01-06',
      competencies: [BASIC!, { ...FIELD!, requiredLevel: 4 }],
    };
    const stale = await kepegawaian('POST', path, { revises: 2, standard: revised });
    expect([stale.status, stale.body.code]).toEqual([409, 'STRUCTURAL_STANDARD_CHANGED']);
    const backdated = await kepegawaian('POST', path, {
      revises: 1,
      standard: { ...revised, establishedOn: '2024-11-03' },
    });
    expect([backdated.status, codes(backdated.body)]).toEqual([422, ['PK-SKJ-DISUSUN']]);
    const v2 = await kepegawaian('POST', path, { revises: 1, standard: revised });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, decreeNumber: '800/02/SKJ/2025' });
    expect((await ppk('GET', `${positions()}/${POSITION.code}`)).body).toMatchObject({
      version: 2,
      standard: revised,
    });
    expect((await ppk('GET', `${path}/1`)).body.competencies).toEqual(POSITION.standard.competencies);
    expect((await ppk('GET', `${path}/3`)).body.code).toBe('STRUCTURAL_STANDARD_NOT_FOUND');
  });

  it("PK-SKJ-RENCANA: a plan attaching the replaced version, a version not recorded or another position's standard is refused", async () => {
    for (const standard of [
      { positionCode: POSITION.code, version: 1 },
      { positionCode: POSITION.code, version: 3 },
      { positionCode: 'KABAG-KEU', version: 2 },
    ]) {
      const refused = await kepegawaian('POST', `${candidates()}/${NIP}/plan`, plan(standard));
      expect([refused.status, codes(refused.body)], JSON.stringify(standard)).toEqual([
        422,
        ['PK-SKJ-RENCANA'],
      ]);
    }
  });

  it("the plan attaching the version in force is recorded: the standard the candidate is assessed against is the register's", async () => {
    const recorded = await kepegawaian(
      'POST',
      `${candidates()}/${NIP}/plan`,
      plan({ positionCode: POSITION.code, version: 2 }),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    const [attached] = recorded.body.plan.documents;
    expect(attached).toEqual({ kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: POSITION.code, version: 2 });
    const standard = await baperjakat(
      'GET',
      `${positions()}/${attached.positionCode}/standards/${attached.version}`,
    );
    expect(standard.body.competencies[1]).toMatchObject({ code: FIELD!.code, requiredLevel: 4 });
  });
});

describe('one nomination per PNS, by their own instansi (Lampiran III.1.b-c)', () => {
  it('PK-SATU-PENCALONAN: a NIP one instansi nominated is refused to another; the same instansi is answered 409 as before', async () => {
    expect((await kepegawaian('PUT', `${candidates()}/${TWICE}`, candidate)).status).toBe(201);
    const elsewhere = await otherKepegawaian('PUT', `${candidates(OTHER)}/${TWICE}`, candidate);
    expect([elsewhere.status, codes(elsewhere.body)]).toEqual([422, ['PK-SATU-PENCALONAN']]);
    expect((await otherKepegawaian('GET', `${candidates(OTHER)}/${TWICE}`)).status).toBe(404);
    const again = await kepegawaian('PUT', `${candidates()}/${TWICE}`, candidate);
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
    expect((await kepegawaian('GET', `${candidates()}/${TWICE}`)).body.status).toBe('DICATAT');
  });
});
