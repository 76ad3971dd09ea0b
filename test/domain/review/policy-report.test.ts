import { describe, expect, it } from 'vitest';
import { policyReportRow } from '../../../domain/review/policy-report';
import type { IsoDate } from '../../../domain/shared/dates';

describe('the report for competency-development policy (Perban BKN 7/2020 Pasal 25g)', () => {
  it('gives per cohort the feedback without comments, the findings, unmet principles once, improvements by state', () => {
    const row = policyReportRow(
      {
        programId: 'prg_1',
        cohort: 2,
        scheme: 'PENGAWAS',
        feedback: [
          {
            ratings: { explanation: 5, fairness: 3, conditions: 4, assessorConduct: 5 },
            complaintChannelExplained: false,
            comments: 'Tidak boleh muncul dalam laporan.',
          },
        ],
        findings: [
          { principle: 'UJI_ADIL', met: false },
          { principle: 'BUKTI_CUKUP', met: true },
          { principle: 'UJI_ADIL', met: false },
        ],
        improvements: [
          { status: 'TERBUKA', dueDate: '2027-08-09' as IsoDate },
          { status: 'DIKERJAKAN', dueDate: '2027-08-10' as IsoDate },
          { status: 'SELESAI', dueDate: '2027-08-01' as IsoDate },
        ],
      },
      '2027-08-10' as IsoDate,
    );
    expect(row).toStrictEqual({
      programId: 'prg_1',
      cohort: 2,
      scheme: 'PENGAWAS',
      feedback: {
        count: 1,
        averages: { explanation: 5, fairness: 3, conditions: 4, assessorConduct: 5 },
        complaintChannelExplained: 0,
      },
      findings: 3,
      principlesUnmet: ['UJI_ADIL'],
      improvements: { open: 2, done: 1, overdue: 1 },
    });
  });
});
