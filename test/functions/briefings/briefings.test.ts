import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/briefings/index';
import { BriefingRequest } from '../../../events/api/briefing';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, PROGRAM_ID, programItem } from '../helpers/programs';
import { bknAdmin, NIP, OTHER_NIP } from '../helpers/proposals';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';
import { aCohort, aParticipant, cohortItem, participantItem, serve } from '../preassessment/table';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('briefings');
const PATH = { programId: PROGRAM_ID, number: '19' };
const EXAMPLE = (BriefingRequest.meta()?.examples as BriefingRequest[])[0]!;
const BODY = { ...EXAMPLE, heldOn: '2026-07-29' };
const send = (routeKey: string, body?: unknown, number = '19') =>
  handler(apiEvent(routeKey, { pathParameters: { ...PATH, number }, body, claims: bknAdmin() }), context);
const brief = (body: unknown, number?: string) =>
  send('PUT /programs/{programId}/cohorts/{number}/briefing', body, number);
const attend = (body: unknown) =>
  send('PUT /programs/{programId}/cohorts/{number}/briefing/attendance', body);
const codes = (result: Awaited<ReturnType<typeof handler>>) =>
  (bodyOf<{ details?: { code: string }[] }>(result).details ?? []).map((d) => d.code);
const writes = () => ddb.commandCalls(PutCommand).length + ddb.commandCalls(TransactWriteCommand).length;

beforeEach(() => {
  ddb.reset();
  serve(ddb, [
    cohortItem(aCohort()),
    participantItem(aParticipant()),
    participantItem(
      aParticipant({ nip: OTHER_NIP, seat: { cohort: 20, placedAt: '2026-05-10T03:00:02.000Z' } }),
    ),
  ]);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-29T03:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('PUT .../cohorts/{number}/briefing', () => {
  it('records the briefing of the cohort in its partition', async () => {
    const result = await brief(BODY);
    expect(result.statusCode).toBe(200);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({
      pk: `COHORT#${PROGRAM_ID}#019`,
      sk: 'BRIEFING',
      entity: 'Briefing',
      heldOn: '2026-07-29',
      official: { level: 'JPT_PRATAMA' },
    });
  });

  it('answers 422 with every unmet rule of Pasal 33 and writes nothing', async () => {
    const result = await brief({
      ...BODY,
      heldOn: '2026-07-31',
      official: { ...BODY.official, level: 'PENGAWAS' },
      withKanreg: 'V',
    });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual([
      'PENGARAHAN-PEJABAT',
      'PENGARAHAN-PENYELENGGARA',
      'PENGARAHAN-SEBELUM-UJI',
      'PENGARAHAN-SEBELUM-UJI',
    ]);
    expect(writes()).toBe(0);
  });

  describe('PENGARAHAN-PENYELENGGARA: a site given through the older seating route (no region)', () => {
    /** The cohort's site as the older route (PUT …/test-site) recorded it: no region, no decree. */
    const seatedSite = {
      tukId: 'TUK-KANREG-V-01',
      name: 'Aula Kanreg V BKN',
      address: 'Jl. Mayjen Sutoyo, Jakarta',
      kind: 'RUANG_PERTEMUAN',
      verifiedOn: '2026-07-20',
      designatedOn: '2026-07-21',
      recordedBy: 'bkn-admin-1',
    };
    const cohort = cohortItem(aCohort({ testSite: seatedSite }));
    const withKanregV = { ...BODY, withKanreg: 'V' };
    const regional = programItem(
      aProgram({
        origin: {
          kind: 'DAERAH',
          kanreg: 'V',
          initiator: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
          regionalProgramId: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
          approvedBy: 'bkn-admin-1',
          approvedAt: '2026-07-01T03:00:00.000Z',
        },
        testSite: { kanreg: 'V', name: seatedSite.name, address: seatedSite.address },
      }),
    );

    it('takes the region of the site on the register', async () => {
      const registered = {
        pk: 'TEST_SITE#TUK-KANREG-V-01',
        sk: '#SITE',
        entity: 'TestSite',
        tukId: 'TUK-KANREG-V-01',
        name: seatedSite.name,
        address: seatedSite.address,
        kind: 'RUANG_PERTEMUAN',
        region: 'V',
        identifiedBy: { name: 'Rina Kartika', role: 'KOORDINATOR_SERTIFIKASI' },
        recordedBy: 'a',
        recordedAt: 'b',
      };
      serve(ddb, [programItem(aProgram()), cohort, registered]);
      expect((await brief(withKanregV)).statusCode).toBe(200);
      expect(codes(await brief({ ...BODY, withKanreg: 'III' }))).toEqual(['PENGARAHAN-PENYELENGGARA']);
    });

    it('takes the Kanreg of the regional programme whose recorded site it is', async () => {
      serve(ddb, [regional, cohort]);
      expect((await brief(withKanregV)).statusCode).toBe(200);
    });

    it('stays unknown for a national programme whose site is not on the register: refused with a Kanreg', async () => {
      serve(ddb, [programItem(aProgram()), cohort]);
      const result = await brief(withKanregV);
      expect(codes(result)).toEqual(['PENGARAHAN-PENYELENGGARA']);
      expect(writes()).toBe(0);
    });
  });

  it('answers 404 COHORT_NOT_FOUND for a cohort the programme does not have', async () => {
    const result = await brief(BODY, '7');
    expect(result.statusCode).toBe(404);
    expect(bodyOf<{ code: string }>(result).code).toBe('COHORT_NOT_FOUND');
  });
});

describe('PUT .../cohorts/{number}/briefing/attendance', () => {
  it('PENGARAHAN-PESERTA-LAYAK: a participant of another cohort or none is refused (422), nothing written', async () => {
    const result = await attend({
      attendees: [
        { nip: NIP, present: true },
        { nip: OTHER_NIP, present: true },
        { nip: '199105052019031004', present: true },
      ],
    });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['PENGARAHAN-PESERTA-LAYAK', 'PENGARAHAN-PESERTA-LAYAK']);
    expect(writes()).toBe(0);
  });

  it('records the attendance of seated participants in one transaction conditional on the briefing', async () => {
    serve(ddb, [
      cohortItem(aCohort()),
      participantItem(aParticipant()),
      {
        pk: `COHORT#${PROGRAM_ID}#019`,
        sk: 'BRIEFING',
        entity: 'Briefing',
        ...BODY,
        programId: PROGRAM_ID,
        cohort: 19,
        recordedBy: 'bkn-admin-1',
        recordedAt: '2026-07-29T02:00:00.000Z',
      },
    ]);
    const result = await attend({ attendees: [{ nip: NIP, present: true }] });
    expect(result.statusCode).toBe(200);
    const items = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(items[0]!.ConditionCheck?.Key).toEqual({ pk: `COHORT#${PROGRAM_ID}#019`, sk: 'BRIEFING' });
    expect(items[1]!.Put?.Item).toMatchObject({ sk: `BRIEFING#ATTENDEE#${NIP}`, present: true });
  });

  it('answers 409 BRIEFING_NOT_FOUND when the briefing is not recorded', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    const result = await attend({ attendees: [{ nip: NIP, present: true }] });
    expect(result.statusCode).toBe(409);
    expect(bodyOf<{ code: string }>(result).code).toBe('BRIEFING_NOT_FOUND');
  });
});

describe('GET .../cohorts/{number}/briefing', () => {
  it('answers 404 BRIEFING_NOT_FOUND before the briefing is recorded', async () => {
    const result = await send('GET /programs/{programId}/cohorts/{number}/briefing');
    expect(result.statusCode).toBe(404);
    expect(bodyOf<{ code: string }>(result).code).toBe('BRIEFING_NOT_FOUND');
  });
});
