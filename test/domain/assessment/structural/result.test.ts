import { describe, expect, it } from 'vitest';
import {
  canAccessResult,
  checkResultValidity,
  resultStatus,
  resultValidUntil,
  type ResultViewer,
} from '../../../../domain/assessment/structural/result';
import { codesOf, d, NIP_A, NIP_B } from '../../shared/helpers';

describe('assessment result (Perka BKN 11/2008 Lampiran II.B, III.2 Laporan)', () => {
  it.each([
    ['2025-03-10', '2027-03-09', true, 'the last day of the 2 years'],
    ['2025-03-10', '2027-03-10', false, 'exactly 2 years later it has expired'],
    ['2025-03-10', '2025-03-10', true, 'the day of the result'],
    ['2024-02-29', '2026-02-27', true, 'from 29 February: valid through 27 February'],
    ['2024-02-29', '2026-02-28', false, 'from 29 February: expired on 28 February'],
  ])('PK-HASIL-BERLAKU-2TH: result of %s used on %s valid = %s (%s)', (result, now, valid) => {
    expect(checkResultValidity(d(result), d(now)).ok).toBe(valid);
  });

  it('PK-HASIL-BERLAKU-2TH: reports the last valid day', () => {
    expect(resultValidUntil(d('2025-03-10'))).toBe('2027-03-09');
    expect(codesOf(checkResultValidity(d('2020-01-01'), d('2025-01-01')))).toEqual(['PK-HASIL-BERLAKU-2TH']);
  });

  it.each<[ResultViewer, boolean]>([
    [{ kind: 'PNS_DINILAI', nip: NIP_A }, true],
    [{ kind: 'PNS_DINILAI', nip: NIP_B }, false],
    [{ kind: 'PPK', instansi: '4011' }, true],
    [{ kind: 'PPK', instansi: '3201' }, false],
    [{ kind: 'BAPERJAKAT', instansi: '4011' }, true],
    [{ kind: 'BAPERJAKAT', instansi: '3201' }, false],
    [{ kind: 'LAINNYA', description: 'rekan kerja' }, false],
  ])('PK-HASIL-KONFIDENSIAL: %j may read the report = %s', (viewer, allowed) => {
    const decision = canAccessResult(viewer, { nip: NIP_A, instansiCode: '4011' });
    expect(decision.ok).toBe(allowed);
    if (!allowed) expect(codesOf(decision)).toEqual(['PK-HASIL-KONFIDENSIAL']);
  });

  it.each([
    ['2025-03-18', '2025-03-18', 'BERLAKU', 'the day of the report'],
    ['2025-03-18', '2027-03-17', 'BERLAKU', 'the last day of the 2 years'],
    ['2025-03-18', '2027-03-18', 'KEDALUWARSA', 'exactly 2 years later'],
    ['2025-03-18', '2030-01-01', 'KEDALUWARSA', 'long after'],
  ])('PK-HASIL-BERLAKU-2TH: a report of %s read on %s is %s (%s)', (reportDate, today, status) => {
    expect(resultStatus(d(reportDate), d(today))).toEqual({ validUntil: '2027-03-17', status });
  });
});
