import { describe, expect, it } from 'vitest';
import {
  earliestReinstatementDate,
  requestReinstatement,
  type ReinstatementRequest,
} from '../../../domain/certificate/reinstatement';
import { codesOf, d, NIP_A, NIP_B, valueOf, named } from '../shared/helpers';

const request = (o: Partial<ReinstatementRequest> = {}): ReinstatementRequest => ({
  registrationNumber: '0042/SKTM-ASN/L3/2025',
  holderNip: NIP_A,
  status: 'DICABUT',
  schemeVersion: '2019',
  requestedByNip: NIP_A,
  submittedVia: { kind: 'INSTANSI', isCurrentWorkplace: true },
  authorityRestoredOn: d('2026-01-15'),
  requestedOn: d('2026-07-15'),
  authorityLostOn: d('2025-11-03'),
  today: d('2026-07-20'),
  ...o,
});

describe('reinstatement (Perban BKN 7/2020 Pasal 36(4)-(6))', () => {
  it.each([
    ['2026-07-15', true, 'exactly 6 months after authority returned'],
    ['2026-07-14', false, '6 months minus one day'],
    ['2026-03-01', false, 'after 1.5 months'],
    ['2027-01-01', true, 'after a year'],
  ])('SERT-PULIH-6-BULAN: requested %s accepted = %s (%s)', (requestedOn, ok) => {
    const asked = request({ requestedOn: d(requestedOn), today: d(requestedOn) });
    expect(codesOf(requestReinstatement(asked, '2019'))).toEqual(ok ? [] : ['SERT-PULIH-6-BULAN']);
  });

  it('SERT-PULIH-6-BULAN: the earliest date clamps at the end of the month (31 August + 6 months = 28 February)', () => {
    expect(earliestReinstatementDate(d('2025-08-31'))).toBe('2026-02-28');
  });

  it('SERT-PULIH-6-BULAN: refused while authority has not returned', () => {
    expect(codesOf(requestReinstatement(request({ authorityRestoredOn: null }), '2019'))).toEqual([
      'SERT-PULIH-6-BULAN',
    ]);
  });

  it.each(
    named<Partial<ReinstatementRequest>>([
      ['an active certificate', { status: 'AKTIF' }, ['SERT-PULIH-DICABUT']],
      ['requested by someone else', { requestedByNip: NIP_B }, ['SERT-PULIH-PEMOHON']],
      [
        'sent directly, not through the instansi',
        { submittedVia: { kind: 'LANGSUNG', isCurrentWorkplace: false } },
        ['SERT-PULIH-MELALUI-INSTANSI'],
      ],
      ['a request dated tomorrow', { today: d('2026-07-14') }, ['SERT-PULIH-KRONOLOGI']],
      ['a request dated today', { today: d('2026-07-15') }, []],
      [
        'authority restored the day before the decision that took it away',
        { authorityLostOn: d('2026-01-16') },
        ['SERT-PULIH-KRONOLOGI'],
      ],
      ['authority restored on the day of that decision', { authorityLostOn: d('2026-01-15') }, []],
      [
        'through a former instansi',
        { submittedVia: { kind: 'INSTANSI', isCurrentWorkplace: false } },
        ['SERT-PULIH-MELALUI-INSTANSI'],
      ],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(requestReinstatement(request(o), '2019'))).toEqual(codes);
  });

  it('SERT-PULIH-METODE: the plan reassesses against the current scheme version', () => {
    expect(valueOf(requestReinstatement(request(), '2024'))).toEqual({
      registrationNumber: '0042/SKTM-ASN/L3/2025',
      earliestRequestDate: '2026-07-15',
      reassessment: { schemeVersion: '2024', schemeChanged: true },
    });
    expect(valueOf(requestReinstatement(request(), '2019')).reassessment.schemeChanged).toBe(false);
  });

  it('lists every unmet rule', () => {
    const r = request({
      status: 'AKTIF',
      requestedByNip: NIP_B,
      submittedVia: { kind: 'LANGSUNG', isCurrentWorkplace: true },
      requestedOn: d('2026-02-01'),
    });
    expect(codesOf(requestReinstatement(r, '2019'))).toEqual([
      'SERT-PULIH-DICABUT',
      'SERT-PULIH-PEMOHON',
      'SERT-PULIH-MELALUI-INSTANSI',
      'SERT-PULIH-6-BULAN',
    ]);
  });
});
