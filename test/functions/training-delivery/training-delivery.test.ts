import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trainingModulesOf } from '../../../domain/reference/training-modules';
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
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('trainingDelivery');
/** Nine days before cohort 19 (29-30 July 2026). */
const NOW = '2026-07-20T03:00:00.000Z';
const PARTITION = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
const COHORT_PARTITION = `COHORT#${PROGRAM_ID}#019`;
const MODULES = trainingModulesOf('ADMINISTRATOR');
const FACILITATOR = { name: 'Dr. Hendra Gunawan, M.Si.', element: 'WIDYAISWARA' };
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const COHORT_PATH = { programId: PROGRAM_ID, number: '19' };

const BASE = [instansiItem(anInstansi(INSTANSI)), participantItem(aParticipant()), cohortItem(aCohort())];
const setupItem = {
  pk: COHORT_PARTITION,
  sk: 'DELIVERY#ELEARNING',
  entity: 'ELearningSetup',
  programId: PROGRAM_ID,
  cohort: 19,
  modules: MODULES.map((m) => ({ code: m.code, title: m.title, facilitators: [FACILITATOR] })),
  setBy: ADMIN_USERNAME,
  setAt: NOW,
  version: 1,
};
const confirmationItem = {
  pk: PARTITION,
  sk: 'TRAINING#CONFIRMATION',
  entity: 'Confirmation',
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: INSTANSI,
  cohort: 19,
  attending: true,
  actionPlan: { title: 'Rencana' },
  confirmedBy: PESERTA,
  confirmedAt: NOW,
  version: 2,
};
const CV = aPinnedUpload(`training/${PROGRAM_ID}/${NIP}/CV`);
const cvItem = { pk: PARTITION, sk: 'TRAINING#CV', entity: 'ParticipantCv', document: CV };
const resumeItem = (code: string) => ({
  pk: PARTITION,
  sk: `TRAINING#RESUME#${code}`,
  entity: 'ModuleResume',
  document: aPinnedUpload(`training/${PROGRAM_ID}/${NIP}/RESUME/${code}`),
});

const send = (routeKey: string, claims: Claims, path: Record<string, string>, body?: unknown) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);

beforeEach(() => {
  ddb.reset();
  serveRegistry(ddb, ...ALL_OPERATORS());
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PUT .../cohorts/{number}/e-learning', () => {
  const set = (body: unknown) =>
    send('PUT /programs/{programId}/cohorts/{number}/e-learning', bknAdmin(), COHORT_PATH, body);
  const all = { modules: MODULES.map((m) => ({ code: m.code, facilitators: [FACILITATOR] })) };

  it('sets the eight Administrator modules in the handbook’s order as version 1, written only if none was set', async () => {
    const result = await set({ modules: [...all.modules].reverse() });

    expect(result.statusCode).toBe(200);
    expect(bodyOf<{ modules: { code: string }[] }>(result).modules.map((m) => m.code)).toEqual(
      MODULES.map((m) => m.code),
    );
    const put = ddb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(put).toMatchObject({
      Item: { pk: COHORT_PARTITION, sk: 'DELIVERY#ELEARNING', version: 1 },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('ELEARNING-MODUL-JENJANG: answers 422 for a module of another jenjang, writing nothing', async () => {
    const result = await set({
      modules: [...all.modules, { code: 'MOD-JPT-01', facilitators: [FACILITATOR] }],
    });

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('ELEARNING-MODUL-JENJANG');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('DELIVERY_CHANGED: answers 409 when someone set it meanwhile (the version read no longer holds)', async () => {
    serve(ddb, [...BASE, setupItem]);
    ddb.on(PutCommand).rejects(conditionFailed());

    const result = await set(all);

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('DELIVERY_CHANGED');
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      ConditionExpression: '#version = :previous',
      ExpressionAttributeValues: { ':previous': 1 },
    });
  });
});

describe('participant e-learning', () => {
  const modulePath = (module: string) => ({ ...PARTICIPANT_PATH, module });

  it('ELEARNING-MODUL-ANGKATAN: answers 422 for a resume slot of a participant who has not confirmed, writing nothing', async () => {
    serve(ddb, [...BASE, setupItem]);

    const result = await send(
      'POST /programs/{programId}/participants/{nip}/e-learning/modules/{module}/resume/upload',
      peserta(),
      modulePath(MODULES[0]!.code),
      { contentType: 'application/pdf', size: 1000 },
    );

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('ELEARNING-MODUL-ANGKATAN');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a participant’s forum post goes to the module’s forum partition, named after them', async () => {
    serve(ddb, [...BASE, setupItem, confirmationItem]);

    const result = await send(
      'POST /programs/{programId}/participants/{nip}/e-learning/modules/{module}/posts',
      peserta(),
      modulePath(MODULES[0]!.code),
      { text: 'Bagaimana menyusun formasi?' },
    );

    expect(result.statusCode).toBe(201);
    expect(bodyOf(result).author).toEqual({ kind: 'PESERTA', name: 'Dewi Lestari, S.Sos.', nip: NIP });
    expect(writesOf(ddb)).toEqual([
      expect.objectContaining({
        op: 'Put',
        pk: `FORUM#${PROGRAM_ID}#019#${MODULES[0]!.code}`,
        entity: 'ForumPost',
      }),
    ]);
  });

  it.each([
    ['seven of eight resumes', MODULES.slice(1), 0, [MODULES[0]!.code]],
    ['every resume', MODULES, 3, []],
  ])(
    'ELEARNING-RESUME-LENGKAP: GET …/delivery with %s gives %i JP of e-learning',
    async (_label, resumed, jp, missing) => {
      serve(ddb, [...BASE, setupItem, confirmationItem, ...resumed.map((m) => resumeItem(m.code))]);

      const result = await send(
        'GET /programs/{programId}/participants/{nip}/delivery',
        peserta(),
        PARTICIPANT_PATH,
      );

      expect(result.statusCode).toBe(200);
      expect(bodyOf(result).eLearning).toMatchObject({ set: true, jp, missingResumes: missing });
    },
  );
});

describe('PUT .../cv-review', () => {
  const review = (body: unknown) =>
    send('PUT /programs/{programId}/participants/{nip}/cv-review', bknAdmin(), PARTICIPANT_PATH, body);
  const accepted = { cv: { verdict: 'DITERIMA' }, actionPlan: { verdict: 'DITERIMA' } };

  it('REVIEW-BERKAS: answers 422 for a participant without a CV, writing nothing', async () => {
    serve(ddb, [...BASE, confirmationItem]);

    const result = await review(accepted);

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('REVIEW-BERKAS');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('records the review of the CV and confirmation read, with the seat check, in one transaction', async () => {
    serve(ddb, [...BASE, confirmationItem, cvItem]);

    const result = await review(accepted);

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      cvKey: CV.key,
      confirmationVersion: 2,
      reviewedBy: ADMIN_USERNAME,
    });
    expect(writesOf(ddb)).toEqual([
      expect.objectContaining({ op: 'ConditionCheck', pk: PARTITION, sk: '#PARTICIPANT' }),
      expect.objectContaining({ op: 'Put', pk: PARTITION, sk: 'DELIVERY#REVIEW', entity: 'CvReview' }),
    ]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });
});

describe('POST .../acknowledgements', () => {
  it('a second acknowledgement answers the first, which stays', async () => {
    const first = {
      pk: PARTITION,
      sk: 'DELIVERY#ACK#TATA_TERTIB',
      entity: 'Acknowledgement',
      programId: PROGRAM_ID,
      nip: NIP,
      document: 'TATA_TERTIB',
      acknowledgedBy: PESERTA,
      acknowledgedAt: '2026-07-18T03:00:00.000Z',
    };
    serve(ddb, [...BASE, first]);
    ddb.on(PutCommand).rejects(conditionFailed());

    const result = await send(
      'POST /programs/{programId}/participants/{nip}/acknowledgements',
      peserta(),
      PARTICIPANT_PATH,
      {
        document: 'TATA_TERTIB',
      },
    );

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).acknowledgedAt).toBe('2026-07-18T03:00:00.000Z');
  });
});
