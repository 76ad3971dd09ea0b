import { describe, expect, it } from 'vitest';
import { trainingModulesOf } from '../../../domain/reference/training-modules';
import {
  checkELearningSetup,
  checkFacilitatorPost,
  checkGroups,
  checkModuleAccess,
  checkParticipantDocument,
  checkReview,
  eLearningModulesFor,
  isCurrentReview,
  type GroupsInput,
  type ModuleAccessInput,
  type ParticipantDocumentInput,
  type ReviewInput,
  type SetupInput,
} from '../../../domain/training/delivery';
import { modulesWithoutResume } from '../../../domain/training/learning-hours';
import { codesOf, d, named, NIP_A, NIP_B, NIP_C } from '../shared/helpers';

const JPT = trainingModulesOf('JPT_PRATAMA').map((m) => m.code);
const FACILITATOR = { name: 'Dr. Hendra Gunawan', element: 'WIDYAISWARA' as const };
/** Cohort 1 of 2019: 6-7 May; the e-learning on 29 April (Timeline Pelatihan No 6). */
const START = d('2019-05-06');

describe('eLearningModulesFor: the modules of the cohort’s jenjang in the reference data', () => {
  it.each([
    ['JPT_PRATAMA', 4],
    ['ADMINISTRATOR', 8],
    ['PENGAWAS', 9],
    ['JPT_MADYA', 0],
    ['PELAKSANA', 0],
  ] as const)('%s has %i modules', (scheme, count) => {
    expect(eLearningModulesFor(scheme)).toHaveLength(count);
  });
});

describe('checkELearningSetup', () => {
  const setup = (overrides: Partial<SetupInput> = {}): SetupInput => ({
    cohort: { number: 1, scheme: 'JPT_PRATAMA', startDate: START },
    today: d('2019-04-26'),
    modules: JPT.map((code) => ({ code, facilitators: [FACILITATOR] })),
    ...overrides,
  });
  it.each(
    named<SetupInput>([
      ['the four JPT Pratama modules, each with a facilitator', setup(), []],
      ['set the day before the class', setup({ today: d('2019-05-05') }), []],
      ['set on the first day of the class', setup({ today: START }), ['ELEARNING-DIBUKA-SEBELUM-KELAS']],
      [
        'one module missing',
        setup({ modules: JPT.slice(1).map((code) => ({ code, facilitators: [FACILITATOR] })) }),
        ['ELEARNING-MODUL-JENJANG'],
      ],
      [
        'an Administrator module added',
        setup({
          modules: [...JPT, 'MOD-ADM-01'].map((code) => ({ code, facilitators: [FACILITATOR] })),
        }),
        ['ELEARNING-MODUL-JENJANG'],
      ],
      [
        'a module twice',
        setup({ modules: [...JPT, JPT[0]!].map((code) => ({ code, facilitators: [FACILITATOR] })) }),
        ['ELEARNING-MODUL-JENJANG'],
      ],
      [
        'a module without facilitator',
        setup({ modules: JPT.map((code, i) => ({ code, facilitators: i === 0 ? [] : [FACILITATOR] })) }),
        ['ELEARNING-FASILITATOR'],
      ],
      [
        'the same facilitator twice on a module',
        setup({
          modules: JPT.map((code) => ({
            code,
            facilitators: [FACILITATOR, { ...FACILITATOR, name: ' dr. hendra gunawan ' }],
          })),
        }),
        ['ELEARNING-FASILITATOR'],
      ],
      [
        'a scheme with no modules in the reference data',
        setup({ cohort: { number: 1, scheme: 'JPT_MADYA', startDate: START }, modules: [] }),
        ['ELEARNING-MODUL-JENJANG'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect([...new Set(codesOf(checkELearningSetup(given)))]).toEqual(expected);
  });
});

describe('checkModuleAccess: materials, forum and resumes of the cohort’s e-learning', () => {
  const access = (overrides: Partial<ModuleAccessInput> = {}): ModuleAccessInput => ({
    seat: { cohort: 1, startDate: START },
    confirmation: { cohort: 1, attending: true },
    modules: JPT,
    module: JPT[0]!,
    action: 'RESUME',
    today: d('2019-04-29'),
    ...overrides,
  });
  it.each(
    named<ModuleAccessInput>([
      ['a resume on the handbook date', access(), []],
      ['a resume the day before the class', access({ today: d('2019-05-05') }), []],
      ['a resume on the first day', access({ today: START }), ['ELEARNING-RESUME-SEBELUM-KELAS']],
      ['the forum on the first day', access({ action: 'FORUM', today: START }), []],
      ['material not uploaded', access({ action: 'MATERI', hasMaterial: false }), ['ELEARNING-MATERI-ADA']],
      ['material uploaded', access({ action: 'MATERI', hasMaterial: true }), []],
      ['no seat', access({ seat: null }), ['ELEARNING-MODUL-ANGKATAN']],
      ['not confirmed', access({ confirmation: null }), ['ELEARNING-MODUL-ANGKATAN']],
      [
        'declined attendance',
        access({ confirmation: { cohort: 1, attending: false } }),
        ['ELEARNING-MODUL-ANGKATAN'],
      ],
      [
        'confirmed for another cohort',
        access({ confirmation: { cohort: 4, attending: true } }),
        ['ELEARNING-MODUL-ANGKATAN'],
      ],
      ['e-learning not set', access({ modules: null }), ['ELEARNING-MODUL-ANGKATAN']],
      ['a module of another jenjang', access({ module: 'MOD-ADM-01' }), ['ELEARNING-MODUL-ANGKATAN']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkModuleAccess(given))).toEqual(expected);
  });
});

describe('ELEARNING-RESUME-LENGKAP: modulesWithoutResume', () => {
  it.each([
    [[], JPT],
    [JPT.slice(1), [JPT[0]]],
    [[...JPT].reverse(), []],
  ])('resumes %j leave %j', (resumed, missing) => {
    expect(modulesWithoutResume(JPT, resumed)).toEqual(missing);
  });
});

describe('FORUM-FASILITATOR: checkFacilitatorPost', () => {
  it.each([
    ['the facilitator, any case and spacing', ' DR. HENDRA GUNAWAN', []],
    ['someone else', 'Bukan Fasilitator', ['FORUM-FASILITATOR']],
  ])('%s', (_label, name, expected) => {
    expect(codesOf(checkFacilitatorPost([FACILITATOR], JPT[0]!, name))).toEqual(expected);
  });
  it('no facilitator where the e-learning is not set', () => {
    expect(codesOf(checkFacilitatorPost(null, JPT[0]!, FACILITATOR.name))).toEqual(['FORUM-FASILITATOR']);
  });
});

describe('checkReview: CV and action plan reviewed before the class, a revision with its reason', () => {
  const review = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({
    seat: { cohort: 1, startDate: START },
    today: d('2019-04-26'),
    hasCv: true,
    confirmation: { cohort: 1, attending: true, hasActionPlan: true },
    cv: { verdict: 'DITERIMA' },
    actionPlan: { verdict: 'DITERIMA' },
    ...overrides,
  });
  it.each(
    named<ReviewInput>([
      ['both accepted on the handbook date', review(), []],
      [
        'a revision with its reason',
        review({ actionPlan: { verdict: 'PERLU_PERBAIKAN', reason: 'Belum terukur.' } }),
        [],
      ],
      ['a revision without reason', review({ cv: { verdict: 'PERLU_PERBAIKAN' } }), ['REVIEW-ALASAN']],
      [
        'a revision with a blank reason',
        review({ cv: { verdict: 'PERLU_PERBAIKAN', reason: '  ' } }),
        ['REVIEW-ALASAN'],
      ],
      ['on the first day of the class', review({ today: START }), ['REVIEW-SEBELUM-KELAS']],
      ['no CV', review({ hasCv: false }), ['REVIEW-BERKAS']],
      ['not confirmed', review({ confirmation: null }), ['REVIEW-BERKAS']],
      [
        'confirmed without a plan',
        review({ confirmation: { cohort: 1, attending: true, hasActionPlan: false } }),
        ['REVIEW-BERKAS'],
      ],
      [
        'confirmed for another cohort',
        review({ confirmation: { cohort: 2, attending: true, hasActionPlan: true } }),
        ['REVIEW-BERKAS'],
      ],
      ['no seat', review({ seat: null }), ['REVIEW-BERKAS']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect([...new Set(codesOf(checkReview(given)))]).toEqual(expected);
  });

  it.each([
    ['the same CV and confirmation', { cvKey: 'cv/1', confirmationVersion: 2 }, true],
    ['a new CV', { cvKey: 'cv/2', confirmationVersion: 2 }, false],
    ['a new confirmation', { cvKey: 'cv/1', confirmationVersion: 3 }, false],
  ])('a review holds for %s: %s', (_label, now, holds) => {
    expect(isCurrentReview({ cvKey: 'cv/1', confirmationVersion: 2 }, now)).toBe(holds);
  });
});

describe('checkGroups: every participant coming, once, reviewed and accepted', () => {
  const accepted = { cvKey: 'k', confirmationVersion: 1, cv: 'DITERIMA', actionPlan: 'DITERIMA' } as const;
  const groups = (overrides: Partial<GroupsInput> = {}): GroupsInput => ({
    cohort: 1,
    groups: [
      { name: 'Kelompok 1', nips: [NIP_A] },
      { name: 'Kelompok 2', nips: [NIP_B] },
    ],
    attending: [NIP_A, NIP_B],
    reviews: { [NIP_A]: accepted, [NIP_B]: accepted },
    ...overrides,
  });
  it.each(
    named<GroupsInput>([
      ['everyone once, accepted', groups(), []],
      ['one group for all', groups({ groups: [{ name: 'Rumpun A', nips: [NIP_A, NIP_B] }] }), []],
      ['someone left out', groups({ groups: [{ name: 'Kelompok 1', nips: [NIP_A] }] }), ['KELOMPOK-PESERTA']],
      [
        'someone in two groups',
        groups({
          groups: [
            { name: 'Kelompok 1', nips: [NIP_A, NIP_B] },
            { name: 'Kelompok 2', nips: [NIP_B] },
          ],
        }),
        ['KELOMPOK-PESERTA'],
      ],
      [
        'someone not coming',
        groups({ groups: [{ name: 'Kelompok 1', nips: [NIP_A, NIP_B, NIP_C] }] }),
        ['KELOMPOK-PESERTA'],
      ],
      [
        'a group name twice',
        groups({
          groups: [
            { name: 'Kelompok 1', nips: [NIP_A] },
            { name: 'kelompok 1', nips: [NIP_B] },
          ],
        }),
        ['KELOMPOK-PESERTA'],
      ],
      ['someone not reviewed', groups({ reviews: { [NIP_A]: accepted } }), ['KELOMPOK-REVIEW']],
      [
        'someone to revise',
        groups({ reviews: { [NIP_A]: accepted, [NIP_B]: { ...accepted, actionPlan: 'PERLU_PERBAIKAN' } } }),
        ['KELOMPOK-REVIEW'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkGroups(given))).toEqual(expected);
  });
});

describe('checkParticipantDocument: SP and acknowledgements', () => {
  const document = (overrides: Partial<ParticipantDocumentInput> = {}): ParticipantDocumentInput => ({
    participantStatus: 'SET',
    seat: { cohort: 1, startDate: START },
    today: d('2019-04-29'),
    ...overrides,
  });
  const ack = (document: 'PENGUMUMAN' | 'TATA_TERTIB', announcementIssued = true) => ({
    acknowledging: { document, announcementIssued },
  });
  it.each(
    named<ParticipantDocumentInput>([
      ['an SP of a seated participant', document(), []],
      ['an SP after the class started', document({ today: START }), []],
      ['no seat', document({ seat: null }), ['DOKUMEN-PESERTA']],
      ['not set', document({ participantStatus: 'NOT_SET' }), ['DOKUMEN-PESERTA']],
      ['rules of conduct the day before', document({ today: d('2019-05-05'), ...ack('TATA_TERTIB') }), []],
      [
        'rules of conduct on the first day',
        document({ today: START, ...ack('TATA_TERTIB') }),
        ['TATA-TERTIB-SEBELUM-KELAS'],
      ],
      ['the announcement once issued', document(ack('PENGUMUMAN')), []],
      ['the announcement not issued', document(ack('PENGUMUMAN', false)), ['PENGUMUMAN-TERBIT']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkParticipantDocument(given))).toEqual(expected);
  });
});
