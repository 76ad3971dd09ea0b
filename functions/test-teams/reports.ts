import type { routes } from '../../events/api/routes';
import { loadPreAssessment } from '../../adapters/dynamodb/preassessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { testedIn } from '../../services/testing/team-members';

/**
 * The assessors' pre-test consultation reports as the team leader receives them (Perban BKN 7/2020 Pasal 30(1)d):
 * for each participant tested by the team, the consultation assessor and their latest recommendation, read from
 * the pre-assessment where the assessor recorded it.
 */
export const listConsultationReports: Operation<typeof routes.listConsultationReports> = async ({
  scoped,
}) => {
  const cohorts = await Promise.all(
    scoped.team.cohorts.map(async (c) => ({
      number: c.number,
      tested: await testedIn(c.programId, c.number),
    })),
  );
  const items = await Promise.all(
    cohorts.flatMap(({ number, tested }) =>
      tested.map(async (p) => {
        const pre = await loadPreAssessment({ programId: p.programId, instansiCode: p.instansiCode }, p.nip);
        return {
          programId: p.programId,
          cohort: number,
          nip: p.nip,
          name: p.name,
          instansiCode: p.instansiCode,
          assessor: pre.assessor ? { username: pre.assessor.username, name: pre.assessor.name } : null,
          recommendation: pre.history.at(-1) ?? null,
          reports: pre.history.length,
        };
      }),
    ),
  );
  return { statusCode: 200, body: { items } };
};
