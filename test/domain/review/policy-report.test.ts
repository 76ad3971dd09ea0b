import { describe, expect, it } from 'vitest';
import { policyReportRow, policyReportTotals } from '../../../domain/review/policy-report';
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

describe('the programme totals of the report', () => {
  const feedback = (rating: number) => ({
    ratings: { explanation: rating, fairness: rating, conditions: rating, assessorConduct: rating },
    complaintChannelExplained: true,
  });
  const cohort = (n: number, ratings: number[], unmet: ('UJI_ADIL' | 'BUKTI_CUKUP')[], done: boolean) => ({
    programId: 'prg_1',
    cohort: n,
    scheme: 'ADMINISTRATOR',
    feedback: ratings.map(feedback),
    findings: unmet.map((principle) => ({ principle, met: false })),
    improvements: unmet.map(() => ({
      status: done ? ('SELESAI' as const) : ('TERBUKA' as const),
      dueDate: '2027-08-09' as IsoDate,
    })),
  });

  it('means over every feedback of the programme, not the mean of the cohorts’ means', () => {
    const totals = policyReportTotals(
      [cohort(1, [5], ['UJI_ADIL'], true), cohort(2, [2, 2, 2], ['BUKTI_CUKUP', 'UJI_ADIL'], false)],
      '2027-08-10' as IsoDate,
    );
    expect(totals).toStrictEqual({
      feedback: {
        count: 4,
        averages: { explanation: 2.75, fairness: 2.75, conditions: 2.75, assessorConduct: 2.75 },
        complaintChannelExplained: 4,
      },
      findings: 3,
      principlesUnmet: ['UJI_ADIL', 'BUKTI_CUKUP'],
      improvements: { open: 2, done: 1, overdue: 2 },
    });
  });

  it('is empty for a programme without cohorts', () => {
    expect(policyReportTotals([], '2027-08-10' as IsoDate)).toMatchObject({
      feedback: { count: 0 },
      findings: 0,
      principlesUnmet: [],
      improvements: { open: 0, done: 0, overdue: 0 },
    });
  });
});
