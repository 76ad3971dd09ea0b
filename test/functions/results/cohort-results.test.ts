import '../helpers/env';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/results/index';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { anInstansi, INSTANSI, instansiItem, NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, serve } from '../preassessment/table';
import {
  ASESOR,
  assessedUnits,
  assessorBody,
  evidenceItem,
  SIDANG,
  SESSION,
  sidang,
  recommendationItem,
  teamItem,
  UNIT,
  UNITS,
} from '../assessment/fixtures';
import { attemptItem, DECISION_ID, decisionItem, partitionOf } from './fixtures';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

/*
 * POST /programs/{programId}/cohorts/{number}/results: the result session deciding a cohort at once, with the
 * single decision's rules per participant, all or nothing, in one transaction, then the certificates batched.
 */
const CERTIFICATE_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/certificate';
process.env.CERTIFICATE_QUEUE_URL = CERTIFICATE_QUEUE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('results');
const NOW = '2026-08-03T03:00:00.000Z';
const NEW_ID = `dec_${NOW}_1`;
const CITRA = 'asesor.citra';
const THIRD_NIP = '198807072012121003';
const COHORT = [NIP, OTHER_NIP, THIRD_NIP];
const ROUTE = 'POST /programs/{programId}/cohorts/{number}/results';

const partition = partitionOf;
/** The assessment fixtures (written for NIP) moved into another participant's partition. */
const forParticipant = (nip: string, items: Record<string, unknown>[]) =>
  items.map((item) => ({ ...item, pk: partition(nip), nip }));
const seated = (nip: string, cohort = 19) =>
  participantItem(aParticipant({ nip, seat: { cohort, placedAt: '2026-05-10T03:00:02.000Z' } }));
/** A participant seated in cohort 19 whose every unit is assessed (`failed` not yet competent). */
const assessed = (nip: string, failed: readonly string[] = []) => [
  seated(nip),
  ...forParticipant(
    nip,
    assessedUnits(UNITS, (u) => (failed.includes(u) ? 'BELUM_KOMPETEN' : 'KOMPETEN')),
  ),
];
/** A KOMPETEN session decision already recorded for attempt 0, with its guard. */
const decidedBefore = (nip: string, decisionId = DECISION_ID) => [
  attemptItem(0, decisionId, nip),
  decisionItem(
    {
      decisionId,
      outcome: 'KOMPETEN',
      competentUnits: UNITS,
      notYetCompetentUnits: [],
      reason: 'Seluruh unit kompetensi yang dipersyaratkan dinyatakan kompeten.',
    },
    nip,
  ),
];

const BASE = [instansiItem(anInstansi(INSTANSI)), cohortItem(aCohort()), teamItem(assessorBody())];

const decideCohort = (
  nips: readonly string[],
  claims: Claims = sidang(),
  extra: Record<string, unknown> = {},
  number = '19',
) =>
  handler(
    apiEvent(ROUTE, {
      pathParameters: { programId: PROGRAM_ID, number },
      body: { session: SESSION, decisions: nips.map((nip) => ({ nip })), ...extra },
      claims,
    }),
    context,
  );

const transactions = () =>
  ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems ?? []);
const batches = () => sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input);
const requested = () =>
  batches().flatMap((batch) =>
    (batch.Entries ?? []).map((entry) => {
      const message = JSON.parse(String(entry.MessageBody));
      expect(message).toMatchObject({ type: 'CertificateRequested', version: 1, programId: PROGRAM_ID });
      return `${message.nip} ${message.decisionId}`;
    }),
  );
type Problem = { code: string; path: string; nip?: string };
const problemsOf = (result: Awaited<ReturnType<typeof handler>>) =>
  bodyOf<{ details: Problem[] }>(result).details.map(({ code, path, nip }) => ({ code, path, nip }));

beforeEach(() => {
  ddb.reset();
  sqs.reset();
  sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  for (const batch of batches()) expect(batch.QueueUrl).toBe(CERTIFICATE_QUEUE_URL);
  expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  vi.useRealTimers();
});

describe('POST /programs/{programId}/cohorts/{number}/results', () => {
  it('decides the cohort in one transaction of attempt guards and decisions, then requests every certificate in one batch', async () => {
    serve(ddb, [...BASE, ...assessed(NIP), ...assessed(OTHER_NIP, [UNIT]), ...assessed(THIRD_NIP)]);
    const result = await decideCohort(COHORT, sidang(), {
      appealPeriodDays: 7,
      decisions: [
        { nip: NIP },
        { nip: OTHER_NIP, reason: 'Portofolio unit pertama belum memadai.' },
        { nip: THIRD_NIP },
      ],
    });

    expect(result.statusCode).toBe(201);
    const body = bodyOf<{ decisions: Record<string, unknown>[]; alreadyDecided: string[] }>(result);
    expect(body).toMatchObject({ programId: PROGRAM_ID, cohort: 19, alreadyDecided: [] });
    expect(body.decisions.map((d) => [d.nip, d.outcome, d.decisionId])).toEqual([
      [NIP, 'KOMPETEN', NEW_ID],
      [OTHER_NIP, 'BELUM_KOMPETEN', NEW_ID],
      [THIRD_NIP, 'KOMPETEN', NEW_ID],
    ]);
    expect(body.decisions[1]).toMatchObject({
      notYetCompetentUnits: [UNIT],
      reason: 'Portofolio unit pertama belum memadai.',
      session: SESSION,
      decidedBy: SIDANG,
      appealUntil: '2026-08-10T03:00:00.000Z',
    });
    expect(transactions()).toHaveLength(1);
    expect(writesOf(ddb)).toEqual(
      COHORT.flatMap((nip) => [
        { op: 'Put', pk: partition(nip), sk: 'RESULT#ATTEMPT#0', entity: 'ResultAttempt' },
        { op: 'Put', pk: partition(nip), sk: `RESULT#DECISION#${NEW_ID}`, entity: 'ResultDecision' },
      ]),
    );
    expect(body.decisions.map((d) => d.source)).toEqual(COHORT.map(() => 'SIDANG_HASIL'));
    expect(batches()).toHaveLength(1);
    expect(requested()).toEqual(COHORT.map((nip) => `${nip} ${NEW_ID}`));
  });

  it('a full cohort of 30 fits one transaction (60 items); its 30 certificate requests go in batches of 10', async () => {
    const nips = Array.from({ length: 30 }, (_, i) => `1985031020100110${String(i + 10)}`);
    serve(ddb, [...BASE, ...nips.flatMap((nip) => assessed(nip))]);
    const result = await decideCohort(nips);

    expect(result.statusCode).toBe(201);
    expect(transactions().map((items) => items.length)).toEqual([60]);
    expect(batches().map((batch) => batch.Entries?.map((entry) => entry.Id))).toEqual([
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
      ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19'],
      ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'],
    ]);
    expect(requested()).toEqual(nips.map((nip) => `${nip} ${NEW_ID}`));
    // The cohort and its team are read once for the session, in one Query (TR2); each participant's records in
    // one Query (TR1).
    const cohortPartition = `COHORT#${PROGRAM_ID}#019`;
    const cohortGets = ddb
      .commandCalls(GetCommand)
      .filter((c) => c.args[0].input.Key?.pk === cohortPartition);
    const sessionReads = queriesOf(ddb).filter((query) => query.pk === cohortPartition);
    expect(cohortGets).toHaveLength(0);
    expect(sessionReads).toEqual([{ pk: cohortPartition, sk: '#COHORT' }]);
    const perParticipant = (nip: string) =>
      queriesOf(ddb)
        .filter((query) => query.pk === partition(nip))
        .map((query) => String(query.sk));
    expect(perParticipant(nips[0]!)).toEqual(['#PARTICIPANT']);
    const participantGets = ddb
      .commandCalls(GetCommand)
      .filter((c) => c.args[0].input.Key?.pk === partition(nips[0]!));
    expect(participantGets).toHaveLength(0);
  });

  it("all or nothing: one participant's missing recommendation and an unknown NIP refuse everyone, each problem located", async () => {
    const stranger = '197001012000011001';
    serve(ddb, [
      ...BASE,
      ...assessed(NIP),
      seated(OTHER_NIP),
      ...forParticipant(OTHER_NIP, assessedUnits(UNITS.filter((u) => u !== UNIT))),
      ...assessed(THIRD_NIP),
    ]);
    const result = await decideCohort([NIP, OTHER_NIP, stranger, THIRD_NIP]);

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('RULES_NOT_MET');
    expect(problemsOf(result)).toEqual([
      { code: 'UJI-KEPUTUSAN-ASESOR', path: `decisions.1.units.${UNIT}`, nip: OTHER_NIP },
      { code: 'PARTICIPANT_NOT_FOUND', path: 'decisions.2.nip', nip: stranger },
    ]);
    expect(transactions()).toHaveLength(0);
    expect(batches()).toHaveLength(0);
  });

  it('a participant tested in another cohort is a problem of the request, not a 404', async () => {
    serve(ddb, [...BASE, ...assessed(NIP), seated(OTHER_NIP, 20)]);
    const result = await decideCohort([NIP, OTHER_NIP]);

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PARTICIPANT_NOT_IN_COHORT');
    expect(problemsOf(result)).toEqual([
      { code: 'PARTICIPANT_NOT_IN_COHORT', path: 'decisions.1.nip', nip: OTHER_NIP },
    ]);
    expect(transactions()).toHaveLength(0);
  });

  it('SIDANG-ASESOR-HADIR: a session without an assessor of the team is refused before anyone is planned', async () => {
    serve(ddb, [...BASE, ...assessed(NIP)]);
    const session = { ...SESSION, attendees: [SESSION.attendees[0]!] };
    const result = await decideCohort([NIP], sidang(), { session });

    expect(result.statusCode).toBe(422);
    expect(problemsOf(result)).toEqual([{ code: 'SIDANG-ASESOR-HADIR', path: 'session.attendees' }]);
    expect(transactions()).toHaveLength(0);
  });

  it('the Komite Sertifikasi of Pasal 6 does not decide results: 403 FORBIDDEN_ROLE', async () => {
    serve(ddb, [...BASE, ...assessed(NIP)]);
    const result = await decideCohort([NIP], claimsWith('[komite]', { 'cognito:username': 'komite.ketua' }));
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result).code).toBe('FORBIDDEN_ROLE');
  });

  it('SIDANG-BUKAN-ASESOR: the assessor of the cohort may not record its decisions', async () => {
    serve(ddb, [...BASE, ...assessed(NIP), ...assessed(OTHER_NIP)]);
    const result = await decideCohort([NIP, OTHER_NIP], sidang(ASESOR));

    expect(result.statusCode).toBe(422);
    expect(problemsOf(result)).toEqual([
      { code: 'SIDANG-BUKAN-ASESOR', path: 'decisions.0.decidedBy', nip: NIP },
      { code: 'SIDANG-BUKAN-ASESOR', path: 'decisions.1.decidedBy', nip: OTHER_NIP },
    ]);
    expect(transactions()).toHaveLength(0);
    expect(batches()).toHaveLength(0);
  });

  it('SIDANG-BUKAN-ASESOR: a recorder who tested one participant only refuses the request at that participant', async () => {
    const byCitra = UNITS.flatMap((u) => [
      evidenceItem(u, 'PORTOFOLIO', 0, 1, CITRA),
      evidenceItem(u, 'WAWANCARA', 0, 2, CITRA),
      recommendationItem(u, 'KOMPETEN', 0, CITRA),
    ]);
    serve(ddb, [
      ...BASE,
      ...assessed(NIP),
      ...assessed(OTHER_NIP),
      seated(THIRD_NIP),
      ...forParticipant(THIRD_NIP, byCitra),
    ]);
    const result = await decideCohort(COHORT, sidang(CITRA));

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('SIDANG-BUKAN-ASESOR');
    expect(problemsOf(result)).toEqual([
      { code: 'SIDANG-BUKAN-ASESOR', path: 'decisions.2.decidedBy', nip: THIRD_NIP },
    ]);
    expect(transactions()).toHaveLength(0);
  });

  it('a retry after the decisions were written decides nobody again and requests every certificate again (200)', async () => {
    const earlier = DECISION_ID;
    serve(ddb, [...BASE, ...COHORT.flatMap((nip) => [...assessed(nip), ...decidedBefore(nip, earlier)])]);
    const result = await decideCohort(COHORT);

    expect(result.statusCode).toBe(200);
    const body = bodyOf<{ decisions: { decisionId: string }[]; alreadyDecided: string[] }>(result);
    expect(body.alreadyDecided).toEqual(COHORT);
    expect(body.decisions.map((d) => d.decisionId)).toEqual([earlier, earlier, earlier]);
    expect(transactions()).toHaveLength(0);
    expect(requested()).toEqual(COHORT.map((nip) => `${nip} ${earlier}`));
  });

  it('a participant decided before keeps that decision while the others are decided now', async () => {
    const earlier = DECISION_ID;
    serve(ddb, [...BASE, ...assessed(NIP), ...decidedBefore(NIP, earlier), ...assessed(OTHER_NIP)]);
    const result = await decideCohort([NIP, OTHER_NIP], sidang());

    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ alreadyDecided: [NIP] });
    expect(transactions().map((items) => items.map((i) => i.Put?.Item?.pk))).toEqual([
      [partition(OTHER_NIP), partition(OTHER_NIP)],
    ]);
    expect(requested()).toEqual([`${NIP} ${earlier}`, `${OTHER_NIP} ${NEW_ID}`]);
  });

  it('when the queue refuses an entry the request fails after the write; its retry writes nothing and sends again', async () => {
    const store = [...BASE, ...assessed(NIP), ...assessed(OTHER_NIP)];
    serve(ddb, store);
    ddb.on(TransactWriteCommand).callsFake(({ TransactItems }) => {
      store.push(...TransactItems.map((i: { Put: { Item: Record<string, unknown> } }) => i.Put.Item));
      return {};
    });
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({
        Successful: [{ Id: '0', MessageId: 'm-0', MD5OfMessageBody: '' }],
        Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }],
      })
      .resolves({ Successful: [], Failed: [] });

    expect((await decideCohort([NIP, OTHER_NIP])).statusCode).toBe(500);
    const retry = await decideCohort([NIP, OTHER_NIP]);

    expect(retry.statusCode).toBe(200);
    expect(bodyOf(retry)).toMatchObject({ alreadyDecided: [NIP, OTHER_NIP] });
    expect(transactions()).toHaveLength(1);
    expect(requested()).toEqual([
      `${NIP} ${NEW_ID}`,
      `${OTHER_NIP} ${NEW_ID}`,
      `${NIP} ${NEW_ID}`,
      `${OTHER_NIP} ${NEW_ID}`,
    ]);
  });

  it('losing the race to a concurrent request: nothing written, the second round answers with its decisions', async () => {
    const theirs = 'dec_2026-08-03T02:59:59.000Z_1';
    const store = [...BASE, ...assessed(NIP), ...assessed(OTHER_NIP)];
    serve(ddb, store);
    ddb.on(TransactWriteCommand).callsFake(() => {
      store.push(...decidedBefore(NIP, theirs), ...decidedBefore(OTHER_NIP, theirs));
      throw cancelled('ConditionalCheckFailed', 'None', 'None', 'None');
    });

    const result = await decideCohort([NIP, OTHER_NIP]);

    expect(result.statusCode).toBe(200);
    expect(transactions()).toHaveLength(1);
    expect(requested()).toEqual([`${NIP} ${theirs}`, `${OTHER_NIP} ${theirs}`]);
  });

  it('the single route shares the race handling: it answers with the decision the other request wrote', async () => {
    const theirs = 'dec_2026-08-03T02:59:59.000Z_1';
    const store = [...BASE, ...assessed(NIP)];
    serve(ddb, store);
    ddb.on(TransactWriteCommand).callsFake(() => {
      store.push(...decidedBefore(NIP, theirs));
      throw cancelled('ConditionalCheckFailed', 'None');
    });
    const result = await handler(
      apiEvent('POST /programs/{programId}/cohorts/{number}/participants/{nip}/result', {
        pathParameters: { programId: PROGRAM_ID, number: '19', nip: NIP },
        body: { session: SESSION },
        claims: sidang(),
      }),
      context,
    );

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).decisionId).toBe(theirs);
    expect(requested()).toEqual([`${NIP} ${theirs}`]);
  });

  it('refuses more decisions than the cohort seats, before reading any participant', async () => {
    serve(ddb, [instansiItem(anInstansi(INSTANSI)), cohortItem(aCohort({ capacity: 2 }))]);
    const result = await decideCohort(COHORT);

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('COHORT_CAPACITY_EXCEEDED');
    expect(problemsOf(result)).toEqual([{ code: 'COHORT_CAPACITY_EXCEEDED', path: 'decisions' }]);
    // Only the session itself was read (TR2): no participant's records.
    expect(queriesOf(ddb).map((query) => query.pk)).toEqual([`COHORT#${PROGRAM_ID}#019`]);
  });

  it('404 for a cohort the programme does not have', async () => {
    serve(ddb, BASE);
    const result = await decideCohort([NIP], sidang(), {}, '42');
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('COHORT_NOT_FOUND');
  });

  it('400 for a NIP listed twice, or more decisions than one transaction holds', async () => {
    serve(ddb, BASE);
    const twice = await decideCohort([NIP, OTHER_NIP, NIP]);
    expect(twice.statusCode).toBe(400);
    expect(bodyOf<{ details: { path: string }[] }>(twice).details.map((d) => d.path)).toEqual([
      'body.decisions.2.nip',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `1985031020100110${String(i + 10)}`);
    expect((await decideCohort(many)).statusCode).toBe(400);
    expect(ddb.calls()).toHaveLength(0);
  });
});
