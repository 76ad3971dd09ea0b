import { describe, expect, it } from 'vitest';
import {
  checkRecommendation,
  checkRecommendationProgress,
  type RecommendationInput,
  type RecommendationTarget,
} from '../../../domain/certificate/development-recommendation';
import { RECOMMENDATION_STATUSES, type MonitoringFinding } from '../../../domain/certificate/monitoring';
import { codesOf, d, named, NIP_A, NIP_B } from '../shared/helpers';

const holder = (scheme: 'ADMINISTRATOR' | 'JPT_PRATAMA' = 'ADMINISTRATOR'): RecommendationTarget => ({
  kind: 'PEMEGANG',
  certificate: {
    nip: NIP_A,
    status: 'AKTIF',
    issuedOn: d('2027-08-20'),
    scheme,
    unitCodes: ['MASN-ADM-01', 'MASN-ADM-02'],
  },
});
const instansi: RecommendationTarget = { kind: 'INSTANSI', instansiCode: '3201' };
const finding = (o: Partial<MonitoringFinding> = {}): MonitoringFinding => ({
  id: 'mon_1',
  nip: NIP_A,
  instansiCode: '3201',
  ...o,
});
const input = (o: Partial<RecommendationInput> = {}): RecommendationInput => ({
  purpose: 'MENGISI_KESENJANGAN',
  unitCodes: ['MASN-ADM-03'],
  basis: [],
  ...o,
});

describe('development recommendations (Perban BKN 7/2020 Pasal 35(2), (4))', () => {
  it.each(
    named<[RecommendationTarget, Partial<RecommendationInput>]>([
      ['a gap: a unit not on the certificate', [holder(), {}], []],
      ['a gap: a unit already competent', [holder(), { unitCodes: ['MASN-ADM-02'] }], ['REKOM-KESENJANGAN']],
      ['no unit', [holder(), { unitCodes: [] }], ['REKOM-UNIT']],
      ['an unknown unit', [holder(), { unitCodes: ['MASN-XYZ-01'] }], ['REKOM-UNIT']],
      [
        'higher level: a JPT Pratama unit for an Administrator',
        [holder(), { purpose: 'JENJANG_LEBIH_TINGGI', unitCodes: ['MASN-JPT-02'] }],
        [],
      ],
      [
        'higher level: a unit of the same level',
        [holder(), { purpose: 'JENJANG_LEBIH_TINGGI', unitCodes: ['MASN-ADM-03'] }],
        ['REKOM-JENJANG'],
      ],
      [
        'higher level: none above JPT Pratama among the known schemes',
        [holder('JPT_PRATAMA'), { purpose: 'JENJANG_LEBIH_TINGGI', unitCodes: ['MASN-JPT-02'] }],
        ['REKOM-JENJANG'],
      ],
      ['to an instansi: any known unit', [instansi, { unitCodes: ['MASN-ADM-01'] }], []],
      ['resting on the holder’s own monitoring', [holder(), { basis: [finding()] }], []],
      [
        'resting on another holder’s monitoring',
        [holder(), { basis: [finding({ nip: NIP_B })] }],
        ['REKOM-DASAR'],
      ],
      ['resting on a record no one has', [holder(), { basis: [undefined] }], ['REKOM-DASAR']],
      [
        'to an instansi, resting on its holders’ monitoring',
        [instansi, { basis: [finding({ nip: NIP_B })] }],
        [],
      ],
      [
        'to an instansi, resting on another’s',
        [instansi, { basis: [finding({ instansiCode: '33' })] }],
        ['REKOM-DASAR'],
      ],
    ]),
  )('%s: %s', (_title, _label, [target, o], codes) => {
    expect(codesOf(checkRecommendation(target, input(o)))).toEqual(codes);
  });

  const steps = RECOMMENDATION_STATUSES.flatMap((from) =>
    RECOMMENDATION_STATUSES.map((to) => {
      const forward = RECOMMENDATION_STATUSES.indexOf(to) - RECOMMENDATION_STATUSES.indexOf(from) === 1;
      return [from, to, forward ? [] : ['REKOM-STATUS']] as const;
    }),
  );
  it.each(steps)('REKOM-STATUS: %s → %s gives %j', (from, to, codes) => {
    expect(codesOf(checkRecommendationProgress(from, to))).toEqual(codes);
  });
});
