import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { requireBriefed } from '../../services/testing/briefing';
import { testContext } from '../../services/testing/test-context';
import { evidenceRecord, evidenceRefusals, record, recorderOf } from './recording';
import { unitInScope } from '../../services/testing/units';
import { requireTestPlan } from '../../services/testing/test-plan-gate';
import { requireTeamSize } from '../../services/testing/team-size';

/**
 * An assessor, or an expert helping one (Perban BKN 7/2020 Pasal 30(4)c), records one piece of evidence for a
 * unit of a participant they may test, with the method and kind (Pasal 20) and the Pasal 21 qualities judged.
 * Evidence that falls short is still recorded; what it lacks is listed and keeps the unit from being competent.
 */
export const recordEvidence: Operation<typeof routes.recordEvidence> = async ({
  params,
  body,
  scoped,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip, scoped);
  unitInScope(ctx, params.unitCode);
  await requireTestPlan(
    ctx,
    [{ unitCode: params.unitCode, field: 'unitCode' }],
    [{ unitCode: params.unitCode, method: body.method, field: 'method' }],
  );
  await requireBriefed(ctx);
  await requireTeamSize(ctx);
  const recorder = recorderOf(ctx, scoped.member, now);
  const refused = evidenceRefusals(recorder);
  if (refused.length > 0) throw rulesNotMet(refused);
  const evidence = evidenceRecord(recorder, params.unitCode, body);
  await record([evidence]);
  return { statusCode: 201, body: evidence };
};
