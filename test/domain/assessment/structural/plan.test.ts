import { describe, expect, it } from 'vitest';
import type { StructuralMethod } from '../../../../domain/assessment/structural/methods';
import {
  checkPlan,
  type AssessmentPlan,
  type PlanContext,
} from '../../../../domain/assessment/structural/plan';
import { codesOf } from '../../shared/helpers';

const PSYCHOLOGIST = '196901011995031001';
const tpk: PlanContext = {
  status: 'DITETAPKAN',
  echelon: 'III',
  handedTo: 'TPK',
  teamPsychologists: [PSYCHOLOGIST],
};
const upk: PlanContext = { status: 'DITETAPKAN', echelon: 'II', handedTo: 'UPK', teamPsychologists: [] };
const plan = (methods: StructuralMethod[], o: Partial<AssessmentPlan> = {}): AssessmentPlan => ({
  methods,
  durationDays: 1,
  psychologist: { nip: PSYCHOLOGIST, isPsychologist: true },
  documents: ['STANDAR_KOMPETENSI_JABATAN', 'BIODATA'],
  ...o,
});
const ESELON_III: StructuralMethod[] = ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'];

describe('the plan of an assessment (Perka BKN 11/2008 Lampiran III.2.a.1-2, II.C)', () => {
  it.each([
    ['eselon III by the TPK, its psychologist', tpk, plan(ESELON_III), []],
    ['eselon III with another method added', tpk, plan([...ESELON_III, 'LAINNYA']), []],
    [
      'not determined',
      { ...tpk, status: 'DIUSULKAN', handedTo: undefined },
      plan(ESELON_III),
      ['PK-HANYA-DITETAPKAN'],
    ],
    [
      'determined, not handed over',
      { ...tpk, handedTo: undefined },
      plan(ESELON_III),
      ['PK-PELAKSANA-PENETAPAN'],
    ],
    [
      'eselon III without a case or presentation',
      tpk,
      plan(['PSIKOMETRI', 'WAWANCARA_KOMPETENSI']),
      ['PK-METODE-ESELON-III'],
    ],
    [
      'eselon IV with psychometry and questionnaire',
      { ...tpk, echelon: 'IV' },
      plan(['PSIKOMETRI', 'KUESIONER_KOMPETENSI']),
      [],
    ],
    [
      'eselon II by the UPK, assessment center 2 days',
      upk,
      plan(['ASSESSMENT_CENTER'], { durationDays: 2 }),
      [],
    ],
    ['eselon II by the UPK, assessment center 1 day', upk, plan(['ASSESSMENT_CENTER']), ['PK-AC-MIN-2-HARI']],
    [
      'psychometry by a TPK psychologist not on the team',
      tpk,
      plan(ESELON_III, { psychologist: { nip: '197406061999032006', isPsychologist: true } }),
      ['PK-PSIKOMETRI-PSIKOLOG'],
    ],
    [
      'psychometry by a UPK without a psychologist named',
      { ...upk, echelon: 'IV' },
      plan(['PSIKOMETRI', 'KUESIONER_KOMPETENSI'], { psychologist: undefined }),
      ['PK-PSIKOMETRI-PSIKOLOG'],
    ],
    [
      'psychometry by someone not a psychologist',
      { ...upk, echelon: 'IV' },
      plan(['PSIKOMETRI', 'KUESIONER_KOMPETENSI'], {
        psychologist: { nip: PSYCHOLOGIST, isPsychologist: false },
      }),
      ['PK-PSIKOMETRI-PSIKOLOG'],
    ],
    [
      'no documents',
      tpk,
      plan(ESELON_III, { documents: [] }),
      ['PK-DOKUMEN-PERSIAPAN', 'PK-DOKUMEN-PERSIAPAN'],
    ],
  ] as const)('%s -> %j', (_label, context, p, codes) => {
    expect(codesOf(checkPlan(context as PlanContext, p))).toEqual(codes);
  });
});
