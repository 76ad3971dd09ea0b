import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { StructuralPositionRequest } from '../../events/api/structural-standards';
import { TpkRequest, UpkRequest } from '../../events/api/structural';
import { callerFor, startTestStack, type Caller } from './helpers';
import { ASSESSORS, instansiAndOfficials, OTHER, OWN } from './structural-fixture';

/*
 * The competency assessment for structural positions (Perka BKN 11/2008) through the public API, as an instansi's
 * officials run it: the personnel official records the PNS its selection passed and proposes them to the PPK, the
 * PPK determines who is assessed for which position and echelon, by UPK or TPK (Lampiran III.1); officials of one
 * instansi never reach another's records.
 */

/** The examples of the contract: a registered position, a UPK's statement on its assessors, an assessor's qualification. */
const registeredPosition = (StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!;
const upkAssessors = (UpkRequest.meta()?.examples as UpkRequest[])[0]!.assessorStatement;
const qualification = (TpkRequest.meta()?.examples as TpkRequest[])[0]!.members[0]!.qualification;

const NOWHERE = '9999';
const NIP = '198503102010011002';
const SECOND = '198601012010011001';
const THIRD = '198702022011012002';
/** A PNS of the other instansi, nominated there. */
const OTHERS_OWN = '198905052013051005';

let stack: LocalStack;
let kepegawaian: Caller;
let ppk: Caller;
let baperjakat: Caller;
let otherKepegawaian: Caller;
let otherPpk: Caller;
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);
const candidates = (code: string) => `/structural/instansi/${code}/candidates`;

const candidate = (o: Record<string, unknown> = {}) => ({
  name: 'Budi Santoso, S.E., M.M.',
  position: 'Kepala Subbagian Perencanaan',
  workUnit: 'Biro Perencanaan',
  selection: {
    administrative: { passed: true, date: '2025-02-03' },
    substance: { passed: true, date: '2025-02-05' },
  },
  ...o,
});
const proposal = { letterNumber: '800/112/BKPSDM/2025', letterDate: '2025-02-10' };
const determination = (o: Record<string, unknown> = {}) => ({
  decision: 'DITETAPKAN',
  decreeNumber: '821/15/KEP/2025',
  decreeDate: '2025-02-17',
  positionCode: 'KABAG-REN',
  echelon: 'III',
  assessedBy: 'TPK',
  ...o,
});
/** The registered positions the PPK determines candidates for (Lampiran IV.1): an eselon III and an eselon II one. */
const POSITIONS = [
  { ...registeredPosition, code: 'KABAG-REN', echelon: 'III' },
  { ...registeredPosition, code: 'KARO-REN', name: 'Kepala Biro Perencanaan', echelon: 'II' },
];

beforeAll(async () => {
  stack = await startTestStack({ workers: false });
  ({ kepegawaian, ppk, baperjakat } = await instansiAndOfficials(stack));
  otherKepegawaian = await callerFor(stack, 'kepegawaian', { instansi: OTHER });
  otherPpk = await callerFor(stack, 'ppk', { instansi: OTHER });
  for (const position of POSITIONS) {
    const registered = await kepegawaian('POST', `/structural/instansi/${OWN}/positions`, position);
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('nomination (Perka BKN 11/2008 Lampiran III.1)', () => {
  it('PK-LULUS-SELEKSI: only a PNS who passed both the administrative selection and the substance test, on dates not ahead, is recorded, once', async () => {
    const refused = await kepegawaian(
      'PUT',
      `${candidates(OWN)}/${NIP}`,
      candidate({
        selection: {
          administrative: { passed: true, date: '2099-01-05' },
          substance: { passed: false, date: '2025-02-05' },
        },
      }),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['PK-LULUS-SELEKSI', 'PK-LULUS-SELEKSI']);
    expect(refused.body.details.map((v: { field: string }) => v.field)).toEqual([
      'selection.administrative.date',
      'selection.substance.passed',
    ]);

    const recorded = await kepegawaian('PUT', `${candidates(OWN)}/${NIP}`, candidate());
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({
      instansiCode: OWN,
      nip: NIP,
      status: 'DICATAT',
      recorded: { by: 'kepegawaian.kemenpan' },
    });
    const again = await kepegawaian('PUT', `${candidates(OWN)}/${NIP}`, candidate());
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
    // Only the personnel official records candidates.
    expect((await ppk('PUT', `${candidates(OWN)}/${SECOND}`, candidate())).status).toBe(403);
  });

  it('PK-USUL-KE-PPK: the PPK determines only a candidate the personnel official proposed to them, and a candidate is proposed once', async () => {
    const early = await ppk('POST', `${candidates(OWN)}/${NIP}/determination`, determination());
    expect(early.status).toBe(422);
    expect(codes(early.body)).toEqual(['PK-USUL-KE-PPK']);

    expect((await ppk('POST', `${candidates(OWN)}/${NIP}/proposal`, proposal)).status).toBe(403);
    const proposed = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/proposal`, proposal);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body).toMatchObject({
      status: 'DIUSULKAN',
      proposal: { ...proposal, by: 'kepegawaian.kemenpan' },
    });
    const twice = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/proposal`, proposal);
    expect([twice.status, codes(twice.body)]).toEqual([422, ['PK-USUL-KE-PPK']]);
  });

  it('PK-PENETAPAN-PPK, PK-AC-OLEH-UPK: the determination is dated between the proposal and today, and eselon I-II go to a UPK only', async () => {
    const dated = await ppk(
      'POST',
      `${candidates(OWN)}/${NIP}/determination`,
      determination({ decreeDate: '2025-02-07' }),
    );
    expect([dated.status, codes(dated.body)]).toEqual([422, ['PK-PENETAPAN-PPK']]);
    const future = await ppk(
      'POST',
      `${candidates(OWN)}/${NIP}/determination`,
      determination({ decreeDate: '2099-02-07' }),
    );
    expect([future.status, codes(future.body)]).toEqual([422, ['PK-PENETAPAN-PPK']]);
    const tpkForEchelonII = await ppk(
      'POST',
      `${candidates(OWN)}/${NIP}/determination`,
      determination({ positionCode: 'KARO-REN', echelon: 'II', assessedBy: 'TPK' }),
    );
    expect([tpkForEchelonII.status, codes(tpkForEchelonII.body)]).toEqual([422, ['PK-AC-OLEH-UPK']]);
    expect(
      (await kepegawaian('POST', `${candidates(OWN)}/${NIP}/determination`, determination())).status,
    ).toBe(403);
  });

  it('the PPK determination names the position, echelon and UPK or TPK, recorded with who and when, once', async () => {
    const before = Date.now();
    const determined = await ppk('POST', `${candidates(OWN)}/${NIP}/determination`, determination());
    expect(determined.status, JSON.stringify(determined.body)).toBe(200);
    expect(determined.body.status).toBe('DITETAPKAN');
    expect(determined.body.determination).toMatchObject({
      ...determination(),
      position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro Perencanaan' },
      by: 'ppk.kemenpan',
    });
    expect(Date.parse(determined.body.determination.at)).toBeGreaterThanOrEqual(before - 1000);
    const read = await baperjakat('GET', `${candidates(OWN)}/${NIP}`);
    expect(read.body).toEqual(determined.body);
    const again = await ppk('POST', `${candidates(OWN)}/${NIP}/determination`, determination());
    expect([again.status, codes(again.body)]).toEqual([422, ['PK-USUL-KE-PPK']]);
  });

  it('the PPK may decline to determine a proposed candidate, with the reason', async () => {
    expect((await kepegawaian('PUT', `${candidates(OWN)}/${SECOND}`, candidate())).status).toBe(201);
    expect((await kepegawaian('POST', `${candidates(OWN)}/${SECOND}/proposal`, proposal)).status).toBe(200);
    const declined = await ppk('POST', `${candidates(OWN)}/${SECOND}/determination`, {
      decision: 'TIDAK_DITETAPKAN',
      decreeNumber: '821/16/KEP/2025',
      decreeDate: '2025-02-17',
      reason: 'Formasi jabatan telah terisi melalui mutasi.',
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'TIDAK_DITETAPKAN',
      determination: { decision: 'TIDAK_DITETAPKAN', by: 'ppk.kemenpan' },
    });
    const listed = await baperjakat('GET', candidates(OWN));
    expect(listed.body.items.map((c: { nip: string; status: string }) => [c.nip, c.status])).toEqual([
      [NIP, 'DITETAPKAN'],
      [SECOND, 'TIDAK_DITETAPKAN'],
    ]);
    expect((await baperjakat('PUT', `${candidates(OWN)}/${THIRD}`, candidate())).status).toBe(403);
  });

  it("AKSES-PEJABAT-INSTANSI: another instansi's officials neither see nor change these records, answered as an unregistered instansi", async () => {
    const missing = await otherKepegawaian('GET', candidates(NOWHERE));
    expect([missing.status, missing.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    for (const [caller, method, path, body] of [
      [otherKepegawaian, 'GET', candidates(OWN), undefined],
      [otherKepegawaian, 'GET', `${candidates(OWN)}/${NIP}`, undefined],
      [otherKepegawaian, 'PUT', `${candidates(OWN)}/${THIRD}`, candidate()],
      [otherKepegawaian, 'POST', `${candidates(OWN)}/${NIP}/proposal`, proposal],
      [otherPpk, 'POST', `${candidates(OWN)}/${NIP}/determination`, determination()],
    ] as const) {
      const response = await caller(method, path, body);
      expect([response.status, response.body], `${method} ${path}`).toEqual([404, missing.body]);
    }
    // Their own instansi has none of these candidates; the one refused write left nothing behind.
    expect((await otherKepegawaian('GET', candidates(OTHER))).body.items).toEqual([]);
    const own = await kepegawaian('GET', candidates(OWN));
    expect(own.body.items.map((c: { nip: string }) => c.nip)).toEqual([NIP, SECOND]);
  });
});

const independent = {
  declared: true,
  declaredOn: '2025-01-15',
  statement: 'Saya tidak memiliki hubungan kepentingan dengan calon yang dinilai.',
};
const tpk = (size: number, psychologists: number, o: Record<string, unknown> = {}) => ({
  decreeNumber: '821/9/KEP/2025',
  decreeDate: '2025-01-15',
  name: 'Tim Penilaian Kompetensi 2025',
  members: ASSESSORS.slice(0, size).map((nip: string, i) => ({
    nip,
    name: `Assessor Nomor ${i + 1}`,
    isPsychologist: i < psychologists,
    independence: independent,
    qualification,
  })),
  methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
  ...o,
});
const upk = (basis: Record<string, unknown>, o: Record<string, unknown> = {}) => ({
  name: 'UPK Badan Kepegawaian Negara',
  basis,
  independence: {
    declared: true,
    declaredOn: '2025-01-22',
    statement: 'UPK melaksanakan penilaian secara independen.',
  },
  assessorStatement: upkAssessors,
  ...o,
});

describe('who assesses (Perka BKN 11/2008 Lampiran II.A.2-6, IV.2, III.1.d)', () => {
  let tpkId: string;
  let upkId: string;

  it('PK-UPK-DASAR, PK-INDEPENDEN: a UPK is recorded with its basis (own, BKN facilitation, another on BKN recommendation) and its independence', async () => {
    const refused = await kepegawaian(
      'POST',
      `/structural/instansi/${OWN}/upk`,
      upk(
        { kind: 'UPK_LAIN', hostInstansiCode: OWN, recommendationNumber: 'B-1/2025', date: '2099-01-20' },
        { independence: { ...independent, declared: false } },
      ),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['PK-UPK-DASAR', 'PK-UPK-DASAR', 'PK-INDEPENDEN']);
    const bases = [
      { kind: 'UPK_SENDIRI', decreeNumber: '12/KEP/2024', date: '2024-06-01' },
      { kind: 'FASILITASI_BKN', letterNumber: 'B-77/KP/2025', date: '2025-01-10' },
      { kind: 'UPK_LAIN', hostInstansiCode: '4002', recommendationNumber: 'B-1234/2025', date: '2025-01-20' },
    ];
    for (const basis of bases) {
      const recorded = await kepegawaian('POST', `/structural/instansi/${OWN}/upk`, upk(basis));
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
      expect(recorded.body).toMatchObject({ basis, recorded: { by: 'kepegawaian.kemenpan' } });
    }
    const listed = await ppk('GET', `/structural/instansi/${OWN}/upk`);
    expect(listed.body.items.map((u: { basis: unknown }) => u.basis)).toEqual(bases);
    upkId = listed.body.items[0].id;
    expect((await ppk('POST', `/structural/instansi/${OWN}/upk`, upk(bases[0]!))).status).toBe(403);
  });

  it('TPK-MIN-5-ASESOR, TPK-MIN-2-PSIKOLOG, TPK-GANJIL, PK-AC-OLEH-UPK, PK-INDEPENDEN: a TPK the PPK forms is refused for its composition, an assessment center or an undeclared member', async () => {
    const small = await ppk('POST', `/structural/instansi/${OWN}/tpk`, tpk(4, 1));
    expect([small.status, codes(small.body)]).toEqual([422, ['TPK-MIN-5-ASESOR', 'TPK-MIN-2-PSIKOLOG']]);
    const even = await ppk('POST', `/structural/instansi/${OWN}/tpk`, tpk(6, 2));
    expect([even.status, codes(even.body)]).toEqual([422, ['TPK-GANJIL']]);
    const withAc = await ppk(
      'POST',
      `/structural/instansi/${OWN}/tpk`,
      tpk(5, 2, { methods: ['ASSESSMENT_CENTER'] }),
    );
    expect([withAc.status, codes(withAc.body)]).toEqual([422, ['PK-AC-OLEH-UPK']]);
    const undeclared = tpk(5, 2);
    undeclared.members[4]!.independence = { ...independent, declared: false };
    const notIndependent = await ppk('POST', `/structural/instansi/${OWN}/tpk`, undeclared);
    expect([notIndependent.status, codes(notIndependent.body)]).toEqual([422, ['PK-INDEPENDEN']]);
    const future = await ppk(
      'POST',
      `/structural/instansi/${OWN}/tpk`,
      tpk(5, 2, { decreeDate: '2099-01-15' }),
    );
    expect([future.status, codes(future.body)]).toEqual([422, ['TPK-DITETAPKAN-PPK']]);
    // Only the PPK forms a TPK (II.A.6).
    expect((await kepegawaian('POST', `/structural/instansi/${OWN}/tpk`, tpk(5, 2))).status).toBe(403);
    expect((await baperjakat('GET', `/structural/instansi/${OWN}/tpk`)).body.items).toEqual([]);
  });

  it('TPK-MIN-5-ASESOR, TPK-GANJIL: 5 assessors with 2 psychologists, or 7, form a TPK by the PPK decree, its members independent', async () => {
    for (const size of [5, 7]) {
      const formed = await ppk('POST', `/structural/instansi/${OWN}/tpk`, tpk(size, 2));
      expect(formed.status, JSON.stringify(formed.body)).toBe(201);
      expect(formed.body).toMatchObject({ decreeNumber: '821/9/KEP/2025', recorded: { by: 'ppk.kemenpan' } });
      expect(formed.body.members).toHaveLength(size);
    }
    const listed = await kepegawaian('GET', `/structural/instansi/${OWN}/tpk`);
    expect(listed.body.items.map((t: { members: unknown[] }) => t.members.length)).toEqual([5, 7]);
    tpkId = listed.body.items[0].id;
  });

  it('PK-HANYA-DITETAPKAN: a candidate the PPK did not determine, or not yet, is not handed to a UPK or TPK', async () => {
    const declined = await kepegawaian('POST', `${candidates(OWN)}/${SECOND}/handover`, {
      assessor: 'TPK',
      unitId: tpkId,
    });
    expect([declined.status, codes(declined.body)]).toEqual([422, ['PK-HANYA-DITETAPKAN']]);
    expect((await kepegawaian('PUT', `${candidates(OWN)}/${THIRD}`, candidate())).status).toBe(201);
    const recorded = await kepegawaian('POST', `${candidates(OWN)}/${THIRD}/handover`, {
      assessor: 'TPK',
      unitId: tpkId,
    });
    expect([recorded.status, codes(recorded.body)]).toEqual([422, ['PK-HANYA-DITETAPKAN']]);
  });

  it('PK-PELAKSANA-PENETAPAN, PK-INDEPENDEN: a determined candidate goes once to a TPK or UPK of the instansi as the PPK determined, never to a team they sit on', async () => {
    const toUpk = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/handover`, {
      assessor: 'UPK',
      unitId: upkId,
    });
    expect([toUpk.status, codes(toUpk.body)]).toEqual([422, ['PK-PELAKSANA-PENETAPAN']]);
    const unknown = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/handover`, {
      assessor: 'TPK',
      unitId: 'tpk_2025-01-16T02:00:00.000Z_00000000',
    });
    expect([unknown.status, codes(unknown.body)]).toEqual([422, ['PK-PELAKSANA-PENETAPAN']]);
    const withCandidate = tpk(5, 2);
    withCandidate.members[4]!.nip = NIP;
    const own = await ppk('POST', `/structural/instansi/${OWN}/tpk`, withCandidate);
    const ownTeam = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/handover`, {
      assessor: 'TPK',
      unitId: own.body.id,
    });
    expect([ownTeam.status, codes(ownTeam.body)]).toEqual([422, ['PK-INDEPENDEN']]);

    const handed = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/handover`, {
      assessor: 'TPK',
      unitId: tpkId,
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.handover).toMatchObject({
      assessor: 'TPK',
      unitId: tpkId,
      unitName: 'Tim Penilaian Kompetensi 2025',
      by: 'kepegawaian.kemenpan',
    });
    const again = await kepegawaian('POST', `${candidates(OWN)}/${NIP}/handover`, {
      assessor: 'TPK',
      unitId: tpkId,
    });
    expect([again.status, codes(again.body)]).toEqual([422, ['PK-PELAKSANA-PENETAPAN']]);
  });

  it("AKSES-PEJABAT-INSTANSI: another instansi's officials neither see nor form its UPK and TPK, nor hand its candidates to their own team", async () => {
    const missing = await otherPpk('GET', `/structural/instansi/${NOWHERE}/tpk`);
    for (const [caller, method, path, body] of [
      [otherPpk, 'GET', `/structural/instansi/${OWN}/tpk`, undefined],
      [otherPpk, 'POST', `/structural/instansi/${OWN}/tpk`, tpk(5, 2)],
      [otherKepegawaian, 'GET', `/structural/instansi/${OWN}/upk`, undefined],
      [
        otherKepegawaian,
        'POST',
        `/structural/instansi/${OWN}/upk`,
        upk({ kind: 'UPK_SENDIRI', decreeNumber: '1/2025', date: '2025-01-01' }),
      ],
      [otherKepegawaian, 'POST', `${candidates(OWN)}/${NIP}/handover`, { assessor: 'TPK', unitId: tpkId }],
    ] as const) {
      const response = await caller(method, path, body);
      expect([response.status, response.body], `${method} ${path}`).toEqual([404, missing.body]);
    }
    // A team of another instansi is no team of this one.
    const theirs = await otherPpk('POST', `/structural/instansi/${OTHER}/tpk`, tpk(5, 2));
    expect(theirs.status).toBe(201);
    expect((await otherKepegawaian('PUT', `${candidates(OTHER)}/${OTHERS_OWN}`, candidate())).status).toBe(
      201,
    );
    const foreignTeam = await kepegawaian('POST', `${candidates(OWN)}/${THIRD}/handover`, {
      assessor: 'TPK',
      unitId: theirs.body.id,
    });
    expect(codes(foreignTeam.body)).toEqual(['PK-HANYA-DITETAPKAN', 'PK-PELAKSANA-PENETAPAN']);
    expect((await ppk('GET', `/structural/instansi/${OWN}/tpk`)).body.items).toHaveLength(3);
  });
});

const FOURTH = '198804042012041004';
const plan = (o: Record<string, unknown> = {}) => ({
  methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'],
  startDate: '2025-03-17',
  durationDays: 1,
  psychologist: { nip: ASSESSORS[0], name: 'Assessor Nomor 1', isPsychologist: true },
  documents: [
    { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: 'KABAG-REN', version: 1 },
    { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2025-02-06' },
  ],
  ...o,
});
const planOf = (nip: string, body: unknown) => kepegawaian('POST', `${candidates(OWN)}/${nip}/plan`, body);

describe('the plan and methods of each assessment (Perka BKN 11/2008 Lampiran III.2.a.1-2, II.C)', () => {
  it('PK-HANYA-DITETAPKAN: no plan for a candidate the PPK declined or has not determined', async () => {
    expect(codes((await planOf(SECOND, plan())).body)).toEqual(['PK-HANYA-DITETAPKAN']);
    expect(codes((await planOf(THIRD, plan())).body)).toEqual(['PK-HANYA-DITETAPKAN']);
  });

  it('PK-METODE-ESELON-III, PK-AC-OLEH-UPK, PK-PSIKOMETRI-PSIKOLOG, PK-DOKUMEN-PERSIAPAN: an eselon III plan of a TPK is refused with every unmet rule', async () => {
    const twoMethods = await planOf(NIP, plan({ methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI'] }));
    expect([twoMethods.status, codes(twoMethods.body)]).toEqual([422, ['PK-METODE-ESELON-III']]);
    const ac = await planOf(NIP, plan({ methods: ['ASSESSMENT_CENTER'], psychologist: undefined }));
    expect(codes(ac.body)).toEqual(['PK-AC-OLEH-UPK', 'PK-AC-MIN-2-HARI']);
    const outsider = await planOf(
      NIP,
      plan({ psychologist: { nip: ASSESSORS[6], name: 'Psikolog Luar Tim', isPsychologist: true } }),
    );
    expect(codes(outsider.body)).toEqual(['PK-PSIKOMETRI-PSIKOLOG']);
    const nonPsychologist = await planOf(
      NIP,
      plan({ psychologist: { nip: ASSESSORS[2], name: 'Assessor Nomor 3', isPsychologist: false } }),
    );
    expect(codes(nonPsychologist.body)).toEqual(['PK-PSIKOMETRI-PSIKOLOG']);
    const noBiodata = await planOf(NIP, plan({ documents: [plan().documents[0]] }));
    expect(codes(noBiodata.body)).toEqual(['PK-DOKUMEN-PERSIAPAN']);
  });

  it('an eselon III plan with psychometry by a psychologist of the TPK, interview and presentation is recorded once', async () => {
    const recorded = await planOf(NIP, plan());
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.plan).toMatchObject({ ...plan(), by: 'kepegawaian.kemenpan' });
    expect((await baperjakat('GET', `${candidates(OWN)}/${NIP}`)).body.plan.methods).toEqual(plan().methods);
    const again = await planOf(NIP, plan());
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_PLAN_EXISTS']);
  });

  it('PK-METODE-ESELON-I-II, PK-AC-MIN-2-HARI: an eselon II candidate is assessed by a UPK with the assessment center, for at least 2 days', async () => {
    expect((await kepegawaian('PUT', `${candidates(OWN)}/${FOURTH}`, candidate())).status).toBe(201);
    expect((await kepegawaian('POST', `${candidates(OWN)}/${FOURTH}/proposal`, proposal)).status).toBe(200);
    const determined = await ppk(
      'POST',
      `${candidates(OWN)}/${FOURTH}/determination`,
      determination({ positionCode: 'KARO-REN', echelon: 'II', assessedBy: 'UPK' }),
    );
    expect(determined.status).toBe(200);
    const upks = (await kepegawaian('GET', `/structural/instansi/${OWN}/upk`)).body.items;
    const handed = await kepegawaian('POST', `${candidates(OWN)}/${FOURTH}/handover`, {
      assessor: 'UPK',
      unitId: upks[2].id,
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    const karoStandard = { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: 'KARO-REN', version: 1 };
    const karoDocs = { documents: [karoStandard, plan().documents[1]] };
    const withoutAc = await planOf(FOURTH, plan(karoDocs));
    expect(codes(withoutAc.body)).toEqual(['PK-METODE-ESELON-I-II']);
    const oneDay = await planOf(FOURTH, plan({ methods: ['ASSESSMENT_CENTER', 'PSIKOMETRI'], ...karoDocs }));
    expect(codes(oneDay.body)).toEqual(['PK-AC-MIN-2-HARI']);
    const twoDays = await planOf(
      FOURTH,
      plan({ methods: ['ASSESSMENT_CENTER', 'PSIKOMETRI'], durationDays: 2, ...karoDocs }),
    );
    expect(twoDays.status, JSON.stringify(twoDays.body)).toBe(200);
  });
});
