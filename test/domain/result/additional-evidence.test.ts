import { describe, expect, it } from 'vitest';
import {
  checkEvidenceRequest,
  evidenceRequestStatus,
  waitingForEvidence,
  type UnitRecords,
} from '../../../domain/result/additional-evidence';
import type { IsoDate } from '../../../domain/shared/dates';

const TODAY = '2019-07-31' as IsoDate;
const LATEST = '2019-08-30' as IsoDate;
const TESTED = { testedUnits: ['U1', 'U2'], decided: false };
const REQUESTED_AT = '2019-07-31T03:00:00.000Z';
const request = { requestId: 'bkt_1', unitCodes: ['U1'], requestedAt: REQUESTED_AT, deadline: '2019-08-06' };
const unit = (evidence: string[], recommendations: string[]): UnitRecords => ({
  evidence: evidence.map((recordedAt) => ({ recordedAt })),
  recommendations: recommendations.map((recommendedAt) => ({ recommendedAt })),
});
const fields = (v: { field?: string }[]) => v.map((x) => x.field);

describe('checkEvidenceRequest', () => {
  it.each([
    ['the day after today, a tested unit', { unitCodes: ['U1'], deadline: '2019-08-01' }, TESTED, []],
    ['the last day allowed', { unitCodes: ['U2'], deadline: '2019-08-30' }, TESTED, []],
    ['a deadline of today', { unitCodes: ['U1'], deadline: '2019-07-31' }, TESTED, ['deadline']],
    ['past the 30 days', { unitCodes: ['U1'], deadline: '2019-08-31' }, TESTED, ['deadline']],
    ['no unit', { unitCodes: [], deadline: '2019-08-01' }, TESTED, ['unitCodes']],
    [
      'a unit not tested in the attempt',
      { unitCodes: ['U1', 'U9'], deadline: '2019-08-01' },
      TESTED,
      ['unitCodes.1'],
    ],
    [
      'an attempt already decided, with every other reason',
      { unitCodes: ['U9'], deadline: '2019-07-30' },
      { ...TESTED, decided: true },
      ['nip', 'unitCodes.0', 'deadline'],
    ],
  ])('SIDANG-BUKTI-TAMBAHAN: %s', (_, input, attempt, expected) => {
    const v = checkEvidenceRequest({ ...input, deadline: input.deadline as IsoDate }, attempt, TODAY, LATEST);
    expect(fields(v)).toEqual(expected);
    expect(v.every((x) => x.code === 'SIDANG-BUKTI-TAMBAHAN')).toBe(true);
  });
});

describe('evidenceRequestStatus', () => {
  const after = '2019-08-01T02:00:00.000Z';
  const later = '2019-08-01T03:00:00.000Z';
  it.each([
    ['nothing recorded since the request', new Map(), '2019-08-01', 'MENUNGGU'],
    [
      'evidence before the request only',
      new Map([['U1', unit(['2019-07-30T03:00:00.000Z'], [later])]]),
      '2019-08-01',
      'MENUNGGU',
    ],
    [
      'new evidence without a new recommendation',
      new Map([['U1', unit([after], ['2019-07-30T03:00:00.000Z'])]]),
      '2019-08-01',
      'MENUNGGU',
    ],
    [
      'new evidence, then a recommendation',
      new Map([['U1', unit([after], [later])]]),
      '2019-08-01',
      'TERPENUHI',
    ],
    [
      'evidence at the request instant, recommended at once',
      new Map([['U1', unit([REQUESTED_AT], [REQUESTED_AT])]]),
      '2019-08-01',
      'TERPENUHI',
    ],
    ['nothing on the deadline itself', new Map(), '2019-08-06', 'MENUNGGU'],
    ['nothing, the day after the deadline', new Map(), '2019-08-07', 'LEWAT_BATAS'],
  ])('%s: %s', (_, units, today, state) => {
    expect(evidenceRequestStatus(request, units, today as IsoDate).state).toBe(state);
  });

  it('SIDANG-MENUNGGU-BUKTI-TAMBAHAN: only a request still waiting holds the decision, naming its outstanding units', () => {
    const answered = new Map([['U1', unit(['2019-08-01T02:00:00.000Z'], ['2019-08-01T03:00:00.000Z'])]]);
    const twoUnits = { ...request, requestId: 'bkt_2', unitCodes: ['U1', 'U2'] };
    const v = waitingForEvidence([request, twoUnits], answered, '2019-08-02' as IsoDate);
    expect(v.map((x) => [x.code, x.field])).toEqual([
      ['SIDANG-MENUNGGU-BUKTI-TAMBAHAN', 'evidenceRequests.bkt_2'],
    ]);
    expect(v[0]!.message).toContain('U2');
    expect(waitingForEvidence([twoUnits], answered, '2019-08-07' as IsoDate)).toEqual([]);
  });
});
