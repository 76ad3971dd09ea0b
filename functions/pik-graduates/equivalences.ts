import { checkCourseEquivalence } from '../../domain/eligibility/pik-graduate';
import { isCompetencyUnitCode } from '../../domain/reference/competency-units';
import type { CourseEquivalence } from '../../events/api/pik';
import type { routes } from '../../events/api/routes';
import {
  listCourseEquivalences as listAll,
  putCourseEquivalence as save,
} from '../../adapters/dynamodb/pik-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';

/** BKN recognises one PIK course as equivalent to competency units, by decree (Perban BKN 7/2020 Pasal 23(1)). */
export const putCourseEquivalence: Operation<typeof routes.putCourseEquivalence> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const refused = checkCourseEquivalence(body.unitCodes, isCompetencyUnitCode);
  if (refused.length > 0) throw rulesNotMet(refused);
  const equivalence: CourseEquivalence = {
    courseCode: params.courseCode,
    courseName: body.courseName,
    unitCodes: [...new Set(body.unitCodes)],
    decree: body.decree,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  };
  await save(equivalence);
  return { statusCode: 200, body: equivalence };
};

export const listCourseEquivalences: Operation<typeof routes.listCourseEquivalences> = async () => ({
  statusCode: 200,
  body: { items: await listAll() },
});
