import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trainingModulesOf } from '../../../domain/reference/training-modules';
import { pikGraduationKey } from '../../../adapters/dynamodb/keys';
import { handler } from '../../../functions/training-delivery/index';
import { ADMIN_USERNAME, apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import {
  aPinnedUpload,
  ALL_OPERATORS,
  anInstansi,
  bknAdmin,
  INSTANSI,
  instansiItem,
  NIP,
} from '../helpers/proposals';
import {
  aCohort,
  aParticipant,
  cohortItem,
  participantItem,
  peserta,
  PESERTA,
  serve,
} from '../preassessment/table';

/*
 * PIK-TANPA-PELATIHAN in training delivery (Perban BKN 7/2020 Pasal 23): a PIK graduate entering the test directly
 * has no CV and plan to review, no group and no e-learning. NIP is the graduate, OTHER a participant of cohort 19.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('trainingDelivery');
const NOW = '2026-07-20T03:00:00.000Z';
const OTHER = '199006152014032002';
const MODULES = trainingModulesOf('ADMINISTRATOR');
const partition = (nip: string) => `PARTICIPANT#${PROGRAM_ID}#${nip}`;
const CV = (nip: string) => aPinnedUpload(`training/${PROGRAM_ID}/${nip}/CV`);

const pikGraduation = {
  ...pikGraduationKey({ programId: PROGRAM_ID, instansiCode: INSTANSI }, NIP),
  entity: 'PikGraduation',
  programId: PROGRAM_ID,
  instansiCode: INSTANSI,
  nip: NIP,
  entry: 'UJI_LANGSUNG_PIK',
};
const confirmed = (nip: string) => ({
  pk: partition(nip),
  sk: 'TRAINING#CONFIRMATION',
  entity: 'Confirmation',
  programId: PROGRAM_ID,
  nip,
  instansiCode: INSTANSI,
  cohort: 19,
  attending: true,
  ...(nip === NIP ? {} : { actionPlan: { title: 'Rencana' } }),
  confirmedBy: PESERTA,
  confirmedAt: NOW,
  version: 1,
});
const cvOf = (nip: string) => ({
  pk: partition(nip),
  sk: 'TRAINING#CV',
  entity: 'ParticipantCv',
  document: CV(nip),
});
const accepted = (nip: string) => ({
  pk: partition(nip),
  sk: 'DELIVERY#REVIEW',
  entity: 'CvReview',
  programId: PROGRAM_ID,
  nip,
  cohort: 19,
  cv: { verdict: 'DITERIMA' },
  actionPlan: { verdict: 'DITERIMA' },
  cvKey: CV(nip).key,
  confirmationVersion: 1,
  reviewedBy: ADMIN_USERNAME,
  reviewedAt: NOW,
});
const setupItem = {
  pk: `COHORT#${PROGRAM_ID}#019`,
  sk: 'DELIVERY#ELEARNING',
  entity: 'ELearningSetup',
  programId: PROGRAM_ID,
  cohort: 19,
  modules: MODULES.map((m) => ({
    code: m.code,
    title: m.title,
    facilitators: [{ name: 'Dr. Hendra', element: 'WIDYAISWARA' }],
  })),
  setBy: ADMIN_USERNAME,
  setAt: NOW,
  version: 1,
};
const ITEMS = [
  instansiItem(anInstansi(INSTANSI)),
  participantItem(aParticipant()),
  participantItem(aParticipant({ nip: OTHER })),
  cohortItem(aCohort()),
  pikGraduation,
  confirmed(NIP),
  confirmed(OTHER),
  cvOf(OTHER),
  accepted(OTHER),
  setupItem,
];

const send = (routeKey: string, claims: Claims, path: Record<string, string>, body?: unknown) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const groups = (nips: string[]) =>
  send(
    'PUT /programs/{programId}/cohorts/{number}/groups',
    bknAdmin(),
    { programId: PROGRAM_ID, number: '19' },
    {
      groups: [{ name: 'Kelompok 1', nips }],
    },
  );
const details = (result: Awaited<ReturnType<typeof send>>) =>
  bodyOf<{ details: { code: string; field?: string }[] }>(result).details;

beforeEach(() => {
  ddb.reset();
  serveRegistry(ddb, ...ALL_OPERATORS());
  serve(ddb, ITEMS);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PIK-TANPA-PELATIHAN in training delivery', () => {
  it('the groups are complete without the PIK graduate, who confirmed coming to the test', async () => {
    const result = await groups([OTHER]);
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toEqual([expect.objectContaining({ sk: 'DELIVERY#GROUPS' })]);
  });

  it('a group naming the PIK graduate is refused at their place, nothing written', async () => {
    const result = await groups([OTHER, NIP]);
    expect(result.statusCode).toBe(422);
    expect(details(result)).toMatchObject([{ code: 'PIK-TANPA-PELATIHAN', field: 'groups.0.nips.1' }]);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('BKN cannot review a PIK graduate’s CV and plan (422 PIK-TANPA-PELATIHAN among the reasons)', async () => {
    const result = await send(
      'PUT /programs/{programId}/participants/{nip}/cv-review',
      bknAdmin(),
      { programId: PROGRAM_ID, nip: NIP },
      { cv: { verdict: 'DITERIMA' }, actionPlan: { verdict: 'DITERIMA' } },
    );
    expect(result.statusCode).toBe(422);
    expect(details(result).map((d) => d.code)).toContain('PIK-TANPA-PELATIHAN');
    expect(writesOf(ddb)).toEqual([]);
  });

  it.each([
    [
      'POST /programs/{programId}/participants/{nip}/e-learning/modules/{module}/resume/upload',
      { contentType: 'application/pdf', size: 10 },
    ],
    ['GET /programs/{programId}/participants/{nip}/e-learning/modules/{module}/posts', undefined],
  ])('%s answers 422 PIK-TANPA-PELATIHAN for a PIK graduate', async (route, body) => {
    const result = await send(
      route,
      peserta(),
      { programId: PROGRAM_ID, nip: NIP, module: MODULES[0]!.code },
      body,
    );
    expect(result.statusCode).toBe(422);
    expect(details(result).map((d) => d.code)).toEqual(['PIK-TANPA-PELATIHAN']);
  });

  it('the same module is open to a participant who is not a PIK graduate', async () => {
    const result = await send(
      'GET /programs/{programId}/participants/{nip}/e-learning/modules/{module}/posts',
      peserta(OTHER),
      {
        programId: PROGRAM_ID,
        nip: OTHER,
        module: MODULES[0]!.code,
      },
    );
    expect(result.statusCode).toBe(200);
  });

  it('the delivery lists no missing resume for the PIK graduate and says why; another participant owes every module', async () => {
    const read = async (nip: string) =>
      bodyOf<{ eLearning: { missingResumes: string[] }; trainingExempt?: string }>(
        await send('GET /programs/{programId}/participants/{nip}/delivery', peserta(nip), {
          programId: PROGRAM_ID,
          nip,
        }),
      );
    expect(await read(NIP)).toMatchObject({
      eLearning: { missingResumes: [] },
      trainingExempt: 'UJI_LANGSUNG_PIK',
    });
    const other = await read(OTHER);
    expect(other.eLearning.missingResumes).toEqual(MODULES.map((m) => m.code));
    expect(other.trainingExempt).toBeUndefined();
  });
});
