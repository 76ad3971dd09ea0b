import { checkMethodResult, checkReport } from '../../domain/assessment/structural/report';
import { resultStatus } from '../../domain/assessment/structural/result';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { StructuralCandidate } from '../../events/api/structural';
import type { StructuralReportRead, StructuralResult } from '../../events/api/structural-report';
import {
  appendReportFeedback,
  listPositionReports,
  listReportReads,
  listStructuralResults as resultsOf,
  logReportRead,
  logReportReads,
  saveStructuralReport,
  saveStructuralResult,
  type StoredStructuralReport,
} from '../../adapters/dynamodb/structural-report-repository';
import { findStandardVersion } from '../../adapters/dynamodb/structural-position-repository';
import { determinedOf, nominationOf, ofNomination, reportOf } from '../../services/structural/candidate';
import { unnoticedDays } from '../../services/structural/notice-gate';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { structuralReportNotFound } from '../../runtime/http/not-found';

/*
 * The assessment of a structural candidate and its confidential report (Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan, II.B,
 * IV.4). Who may call each route (the candidate's own assessors; the PPK, Baperjakat and the PNS assessed) is
 * the route's scope; these operations check the rules and keep every read of a report.
 */

/** The registered standard the plan attached (IV.1, PK-SKJ-RENCANA): what results and report are measured against. */
async function planStandard(candidate: StructuralCandidate) {
  const document = candidate.plan?.documents.find((d) => d.kind === 'STANDAR_KOMPETENSI_JABATAN');
  if (document?.kind !== 'STANDAR_KOMPETENSI_JABATAN') return undefined;
  return (await findStandardVersion(candidate.instansiCode, document.positionCode, document.version))
    ?.competencies;
}

const asMethodResult = (r: StructuralResult) => ({ ...r, assessedOn: r.assessedOn as IsoDate[] });

/** An assessor of the candidate's UPK or TPK records what one method of the plan found (III.2 Pelaksanaan). */
export const recordStructuralResult: Operation<typeof routes.recordStructuralResult> = async ({
  params,
  body,
  principal,
  now,
  scoped: { candidate, assessor },
}) => {
  const result = { ...body, assessedOn: body.assessedOn as IsoDate[] };
  // III.2.a.3-4: each day of the assessment is on the notification letter the PNS received 6 working days before.
  const [recorded, standard, unnoticed] = await Promise.all([
    resultsOf(params.instansiCode, params.nip, candidate.nomination),
    planStandard(candidate),
    unnoticedDays(candidate, result.assessedOn, 'assessedOn'),
  ]);
  const plan = candidate.plan;
  const decision = checkMethodResult(
    {
      plan: plan && {
        methods: plan.methods,
        startDate: plan.startDate as IsoDate,
        psychologistNip: plan.psychologist?.nip,
      },
      recorded: recorded.map(asMethodResult),
      recorderNip: assessor.nip,
      standard,
    },
    result,
    dateInWib(now),
  );
  const violations = [...(decision.ok ? [] : decision.violations), ...unnoticed];
  if (violations.length > 0) throw rulesNotMet(violations);
  const stored: StructuralResult = {
    ...params,
    ...ofNomination(candidate),
    ...body,
    recorded: { by: principal.username, assessorNip: assessor.nip, at: now.toISOString() },
  };
  if (!(await saveStructuralResult(stored))) {
    throw conflict('STRUCTURAL_RESULT_EXISTS', `Hasil metode ${body.method} calon ini sudah tercatat.`);
  }
  return { statusCode: 201, body: stored };
};

export const listStructuralResults: Operation<typeof routes.listStructuralResults> = async ({
  params,
  scoped: { candidate },
}) => ({
  statusCode: 200,
  body: { items: await resultsOf(params.instansiCode, params.nip, candidate.nomination) },
});

/** The report as read on `today`: its validity from the business clock, never stored (II.B.5). */
const view = (report: StoredStructuralReport, today: IsoDate) => ({
  ...report,
  ...resultStatus(report.reportDate as IsoDate, today),
});

/** The UPK or TPK sends its report on every method of the plan to the PPK (III.2 Laporan 1-2). */
export const sendStructuralReport: Operation<typeof routes.sendStructuralReport> = async ({
  params,
  body,
  principal,
  now,
  scoped: { candidate, assessor },
}) => {
  const [results, standard] = await Promise.all([
    resultsOf(params.instansiCode, params.nip, candidate.nomination),
    planStandard(candidate),
  ]);
  const decision = checkReport(candidate.plan?.methods, results.map(asMethodResult), body, standard);
  if (!decision.ok) throw rulesNotMet(decision.violations);
  // A report needs a plan, which needs a handover of a determined candidate (PK-HANYA-DITETAPKAN).
  const determined = determinedOf(candidate)!;
  const handover = candidate.handover!;
  const today = dateInWib(now);
  const report: StoredStructuralReport = {
    ...params,
    ...ofNomination(candidate),
    name: candidate.name,
    positionCode: determined.positionCode,
    position: determined.position,
    echelon: determined.echelon,
    assessedBy: { assessor: handover.assessor, unitId: handover.unitId, unitName: handover.unitName },
    methods: candidate.plan!.methods,
    assessedOn: [...new Set(results.flatMap((r) => r.assessedOn))].sort(),
    ...body,
    reportDate: today,
    sentToPpk: { by: principal.username, assessorNip: assessor.nip, at: now.toISOString() },
    feedback: [],
  };
  if (!(await saveStructuralReport(report))) {
    throw conflict('STRUCTURAL_REPORT_EXISTS', 'Laporan hasil penilaian calon ini sudah disampaikan.');
  }
  return { statusCode: 201, body: view(report, today) };
};

/**
 * The report of the candidate's current nomination, or of an earlier one (`nomination`, 1 = the first), with that
 * nomination; or the one 404 of a report nobody has.
 */
async function sentReportOf(
  candidate: StructuralCandidate,
  nomination?: number,
): Promise<{ report: StoredStructuralReport; of: StructuralCandidate }> {
  const of = await nominationOf(candidate, nomination);
  const report = of && (await reportOf(of));
  if (!of || !report) throw structuralReportNotFound();
  return { report, of };
}

/**
 * A confidential read (III.2 Laporan 3): logged with who, in which role and when, before it is answered; the
 * current nomination's report, or an earlier one's (`nomination`), each with its own reads.
 */
export const getStructuralReport: Operation<typeof routes.getStructuralReport> = async ({
  params,
  query,
  principal,
  now,
  scoped: { candidate, readAs },
}) => {
  const { report, of } = await sentReportOf(candidate, query.nomination);
  await logReportRead({
    ...params,
    ...ofNomination(of),
    reader: principal.username,
    role: readAs,
    at: now.toISOString(),
    via: 'LAPORAN',
  });
  return { statusCode: 200, body: view(report, dateInWib(now)) };
};

export const listStructuralReportReads: Operation<typeof routes.listStructuralReportReads> = async ({
  params,
  query,
  scoped: { candidate },
}) => {
  const { of } = await sentReportOf(candidate, query.nomination);
  return {
    statusCode: 200,
    body: { items: await listReportReads(params.instansiCode, params.nip, of.nomination) },
  };
};

/** The PPK's feedback for the person's development, read by them with the report (IV.4). */
export const recordStructuralFeedback: Operation<typeof routes.recordStructuralFeedback> = async ({
  params,
  body,
  principal,
  now,
  scoped: { candidate },
}) => {
  const { report } = await sentReportOf(candidate);
  const feedback = { ...body, by: principal.username, at: now.toISOString() };
  if (
    !(await appendReportFeedback(
      params.instansiCode,
      report.positionCode,
      params.nip,
      feedback,
      candidate.nomination,
    ))
  ) {
    throw structuralReportNotFound();
  }
  return {
    statusCode: 200,
    body: view({ ...report, feedback: [...report.feedback, feedback] }, dateInWib(now)),
  };
};

/**
 * Baperjakat's (and the PPK's) view of the results for one position (or all) when advising on an appointment (II.A.7):
 * each with its validity on the business clock, an expired one never shown as valid; each listed report's read is
 * logged like a read of the report. One page at a time: the reports, and so the reads logged, of the page only.
 */
export const listPositionResults: Operation<typeof routes.listPositionResults> = async ({
  params,
  query,
  principal,
  now,
}) => {
  const { items: reports, nextCursor } = await listPositionReports(params.instansiCode, query.positionCode, {
    limit: query.limit,
    cursor: query.cursor,
  });
  const role = principal.roles.find((r) => r === 'baperjakat' || r === 'ppk')!;
  const at = now.toISOString();
  await logReportReads(
    reports.map((r): StructuralReportRead => ({
      instansiCode: r.instansiCode,
      nip: r.nip,
      ...ofNomination(r),
      reader: principal.username,
      role,
      at,
      via: 'DAFTAR_JABATAN',
    })),
  );
  const today = dateInWib(now);
  return {
    statusCode: 200,
    body: {
      items: reports.map((r) => ({
        nip: r.nip,
        ...ofNomination(r),
        name: r.name,
        echelon: r.echelon,
        conclusion: r.conclusion,
        reportDate: r.reportDate,
        ...resultStatus(r.reportDate as IsoDate, today),
      })),
      ...(nextCursor ? { nextCursor } : {}),
    },
  };
};
