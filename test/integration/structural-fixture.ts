import { expect } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { StructuralPositionRequest } from '../../events/api/structural-standards';
import { TpkRequest, UpkRequest } from '../../events/api/structural';
import { NoticeRequest } from '../../events/api/structural-notice';
import { callerFor, eventually, type Caller } from './helpers';

/*
 * A structural candidate brought through the API up to their assessment (Perka BKN 11/2008 III.1, II.A, III.2.a):
 * the instansi registered, the candidate recorded, proposed and determined for a position, the TPK formed (or a UPK
 * with its assessors registered), the candidate handed to it and the plan recorded. Shared by the report tests
 * and the issue 17 authorization matrix.
 */

export const OWN = '4011';
export const OTHER = '3201';
/** The registered positions of OWN (IV.1): the contract's example, and a second one nobody is assessed for. */
const REGISTERED = (StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!;
export const POSITION = { title: REGISTERED.name, unit: REGISTERED.workUnit };
export const POSITION_CODE = REGISTERED.code;
export const OTHER_POSITION_CODE = 'KABAG-KEU';
const qualification = (TpkRequest.meta()?.examples as TpkRequest[])[0]!.members[0]!.qualification;
const assessorStatement = (UpkRequest.meta()?.examples as UpkRequest[])[0]!.assessorStatement;
export const NOTICE = (NoticeRequest.meta()?.examples as NoticeRequest[])[0]!;
/** The TPK's five members (the first two psychologists), and two assessors of a UPK. */
export const ASSESSORS = [
  '196901011995031001',
  '197002021996032002',
  '197103031997031003',
  '197204041998032004',
  '197305051999031005',
  '197406061999032006',
  '197507072000031007',
] as const;
export const candidatePath = (code: string, nip: string) => `/structural/instansi/${code}/candidates/${nip}`;

const independence = {
  declared: true,
  declaredOn: '2025-01-15',
  statement: 'Saya tidak memiliki hubungan kepentingan dengan calon yang dinilai.',
};
export const PLAN_METHODS = ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'] as const;

/** A competency of the registered standard (INT, REN.01), at the level the assessors found. */
export const competency = (code: string, achievedLevel: number, o: Record<string, unknown> = {}) => ({
  code,
  name: REGISTERED.standard.competencies.find((c) => c.code === code)?.name ?? 'Kepemimpinan',
  requiredLevel: 3,
  achievedLevel,
  ...o,
});
export const resultBody = (method: string, assessedOn: string[], o: Record<string, unknown> = {}) => ({
  method,
  assessedOn,
  competencies: [competency('INT', 3), competency('REN.01', 2)].map((c) => ({
    ...c,
    evidence: 'Perilaku kunci tampak pada simulasi dan wawancara.',
  })),
  ...o,
});
export const reportBody = (o: Record<string, unknown> = {}) => ({
  potential: 'Kemampuan analitis baik, stabilitas emosi memadai, cenderung berhati-hati mengambil keputusan.',
  competencies: [competency('INT', 3), competency('REN.01', 2)],
  conclusion: 'MASIH_MEMENUHI_SYARAT',
  developmentAreas: 'Kepemimpinan: memimpin tim lintas unit dengan coaching atasan.',
  ...o,
});

export interface Officials {
  admin: Caller;
  kepegawaian: Caller;
  ppk: Caller;
  baperjakat: Caller;
}

const ok = async (response: Promise<{ status: number; body: unknown }>) => {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body as { id: string };
};

/** Both instansi registered with BKN, and the three officials of the first (Perka BKN 11/2008 III.1, II.A.7). */
export async function instansiAndOfficials(stack: LocalStack): Promise<Officials> {
  const admin = await callerFor(stack, 'admin-bkn');
  for (const [code, instansi] of [
    [OWN, { name: 'Kementerian Pendayagunaan Aparatur Negara', kind: 'PUSAT', kanreg: null }],
    [OTHER, { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
  ] as const) {
    expect((await admin('PUT', `/instansi/${code}`, instansi)).status).toBeLessThan(300);
  }
  return {
    admin,
    kepegawaian: await callerFor(stack, 'kepegawaian', { username: 'kepegawaian.kemenpan', instansi: OWN }),
    ppk: await callerFor(stack, 'ppk', { username: 'ppk.kemenpan', instansi: OWN }),
    baperjakat: await callerFor(stack, 'baperjakat', { username: 'baperjakat.kemenpan', instansi: OWN }),
  };
}

/** Both instansi registered, the positions of the first, and the officials of the first. */
export async function registerInstansi(stack: LocalStack): Promise<Officials> {
  const officials = await instansiAndOfficials(stack);
  for (const position of [
    REGISTERED,
    { ...REGISTERED, code: OTHER_POSITION_CODE, name: 'Kepala Bagian Keuangan', workUnit: 'Biro Keuangan' },
  ]) {
    await ok(officials.kepegawaian('POST', `/structural/instansi/${OWN}/positions`, position));
  }
  return officials;
}

/** The PPK's TPK of five, the first two psychologists. */
export const formTpk = (o: Officials) =>
  ok(
    o.ppk('POST', `/structural/instansi/${OWN}/tpk`, {
      decreeNumber: '821/9/KEP/2025',
      decreeDate: '2025-01-15',
      name: 'Tim Penilaian Kompetensi 2025',
      members: ASSESSORS.slice(0, 5).map((nip, i) => ({
        nip,
        name: `Assessor Nomor ${i + 1}`,
        isPsychologist: i < 2,
        independence,
        qualification,
      })),
      methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI', 'ANALISIS_KASUS'],
    }),
  );

/** A UPK of BKN's facilitation whose assessors are the last two (the first of them a psychologist). */
export const registerUpk = (o: Officials) =>
  ok(
    o.kepegawaian('POST', `/structural/instansi/${OWN}/upk`, {
      name: 'UPK Badan Kepegawaian Negara',
      basis: { kind: 'FASILITASI_BKN', letterNumber: 'B-77/KP/2025', date: '2025-01-10' },
      independence: { ...independence, declaredOn: '2025-01-22' },
      assessorStatement,
      assessors: ASSESSORS.slice(5).map((nip, i) => ({
        nip,
        name: `Assessor UPK ${i + 1}`,
        isPsychologist: i === 0,
      })),
    }),
  );

/** The PNS's receipt of the notification letter `noticeId`, recorded by the personnel official (III.2.a.3-4). */
export async function receiveNotice(o: Officials, nip: string, noticeId: string, receivedOn: string) {
  const notice = `${candidatePath(OWN, nip)}/notices/${noticeId}`;
  // It is delivered once its worker has signed it (STRUCTURAL_NOTICE_NOT_SIGNED before).
  await eventually(
    async () => (await o.kepegawaian('GET', notice)).body.download,
    `the signed letter ${noticeId}`,
  );
  return ok(o.kepegawaian('POST', `${notice}/receipt`, { receivedOn }));
}

/**
 * A candidate of OWN recorded, proposed, determined for the registered `positionCode` at eselon III by `unit`'s
 * kind, handed to it, planned for two days from `startDate` (psychometry by `psychologist`) and notified of them
 * by letter; its receipt is recorded on `receivedOn` when given (or later, with `receiveNotice`).
 */
export async function plannedCandidate(
  o: Officials,
  nip: string,
  unit: { assessor: 'TPK' | 'UPK'; unitId: string; psychologist: string },
  startDate: string,
  receivedOn?: string,
  positionCode = POSITION_CODE,
): Promise<{ noticeId: string }> {
  const path = candidatePath(OWN, nip);
  await ok(
    o.kepegawaian('PUT', path, {
      name: `Calon ${nip.slice(-4)}`,
      position: 'Kepala Subbagian Perencanaan',
      workUnit: 'Biro Perencanaan',
      selection: {
        administrative: { passed: true, date: '2025-02-03' },
        substance: { passed: true, date: '2025-02-05' },
      },
    }),
  );
  await ok(
    o.kepegawaian('POST', `${path}/proposal`, { letterNumber: '800/112/2025', letterDate: '2025-02-10' }),
  );
  await ok(
    o.ppk('POST', `${path}/determination`, {
      decision: 'DITETAPKAN',
      decreeNumber: '821/15/KEP/2025',
      decreeDate: '2025-02-17',
      positionCode,
      echelon: 'III',
      assessedBy: unit.assessor,
    }),
  );
  await ok(o.kepegawaian('POST', `${path}/handover`, { assessor: unit.assessor, unitId: unit.unitId }));
  await ok(
    o.kepegawaian('POST', `${path}/plan`, {
      methods: [...PLAN_METHODS],
      startDate,
      durationDays: 2,
      psychologist: { nip: unit.psychologist, name: 'Psikolog Pelaksana', isPsychologist: true },
      documents: [
        { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode, version: 1 },
        { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2025-02-06' },
      ],
    }),
  );
  const notice = await ok(o.kepegawaian('POST', `${path}/notices`, { ...NOTICE, date: startDate }));
  if (receivedOn) await receiveNotice(o, nip, notice.id, receivedOn);
  return { noticeId: notice.id };
}

/** Every method of the plan recorded on `date`, psychometry by `psychologist`, the rest by `assessor`. */
export async function assessAll(
  candidate: string,
  date: string,
  psychologist: Caller,
  assessor: Caller,
): Promise<void> {
  for (const method of PLAN_METHODS) {
    const by = method === 'PSIKOMETRI' ? psychologist : assessor;
    await ok(by('POST', `${candidatePath(OWN, candidate)}/results`, resultBody(method, [date])));
  }
}
