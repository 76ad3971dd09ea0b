import { pikDirectEntry } from '../../domain/eligibility/pik-graduate';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { PikGraduation } from '../../events/api/pik';
import type { routes } from '../../events/api/routes';
import {
  findPikGraduation,
  listCourseEquivalences,
  putPikGraduation,
} from '../../adapters/dynamodb/pik-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';

/**
 * The instansi (or BKN) records a proposed candidate's PIK graduation: the equivalence course by course from BKN's
 * register, and whether the candidate enters the test directly, without the training (Perban BKN 7/2020 Pasal 23,
 * 16(1)). Refused with every reason, and nothing recorded, when not.
 */
export const recordPikGraduation: Operation<typeof routes.recordPikGraduation> = async ({
  params,
  body,
  principal,
  scoped: { candidate },
  now,
}) => {
  const equivalences = await listCourseEquivalences();
  const verdict = pikDirectEntry(
    {
      scheme: candidate.scheme,
      route: candidate.route,
      graduatedOn: body.graduatedOn as IsoDate,
      courseCodes: body.courseCodes,
    },
    new Map(equivalences.map((e) => [e.courseCode, e])),
    dateInWib(now),
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const graduation: PikGraduation = {
    programId: params.programId,
    instansiCode: params.instansiCode,
    nip: params.nip,
    scheme: candidate.scheme,
    diplomaNumber: body.diplomaNumber,
    graduatedOn: body.graduatedOn,
    courses: verdict.value.courses,
    coveredUnits: verdict.value.coveredUnits,
    ...(verdict.value.qualification ? { qualification: verdict.value.qualification } : {}),
    entry: 'UJI_LANGSUNG_PIK',
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  };
  await putPikGraduation(graduation);
  return { statusCode: 200, body: graduation };
};

export const getPikGraduation: Operation<typeof routes.getPikGraduation> = async ({ params }) => {
  const graduation = await findPikGraduation(params, params.nip);
  if (!graduation) {
    throw new HttpError(404, 'PIK_GRADUATION_NOT_FOUND', 'Calon tidak tercatat sebagai lulusan PIK.');
  }
  return { statusCode: 200, body: graduation };
};
