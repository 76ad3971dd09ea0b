import { randomUUID } from 'node:crypto';
import { checkHandover, checkTpk, checkUpk } from '../../domain/assessment/structural/assessors';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { Tpk, Upk } from '../../events/api/structural';
import { findTpk, listTpks as tpksOf, saveTpk } from '../../adapters/dynamodb/structural-tpk-repository';
import { findUpk, listUpks as upksOf, saveUpk } from '../../adapters/dynamodb/structural-upk-repository';
import { recordHandover } from '../../adapters/dynamodb/structural-candidate-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { candidateOf, changedMeanwhile } from '../../services/structural/candidate';

/** A new id that sorts by time of recording. */
const newId = (prefix: string, now: Date) => `${prefix}_${now.toISOString()}_${randomUUID().slice(0, 8)}`;

/**
 * The personnel official records a UPK with its basis, independence and statement on its assessors
 * (Perka BKN 11/2008 II.A.2-3, IV.2, I.C.3).
 */
export const registerUpk: Operation<typeof routes.registerUpk> = async ({ params, body, principal, now }) => {
  const decision = checkUpk(
    params.instansiCode,
    {
      basis: { ...body.basis, date: body.basis.date as IsoDate },
      independence: { ...body.independence, declaredOn: body.independence.declaredOn as IsoDate },
      assessorStatement: body.assessorStatement && {
        ...body.assessorStatement,
        declaredOn: body.assessorStatement.declaredOn as IsoDate,
      },
    },
    dateInWib(now),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const upk: Upk = {
    ...body,
    id: newId('upk', now),
    instansiCode: params.instansiCode,
    recorded: { by: principal.username, at: now.toISOString() },
  };
  if (!(await saveUpk(upk))) throw new Error(`UPK id ${upk.id} taken`);
  return { statusCode: 201, body: upk };
};

export const listUpks: Operation<typeof routes.listUpks> = async ({ params }) => ({
  statusCode: 200,
  body: { items: await upksOf(params.instansiCode) },
});

/**
 * The PPK forms a TPK by decree: its composition, its members' independence and qualification as assessors, no
 * assessment center (II.A.3-6, I.C.3).
 */
export const formTpk: Operation<typeof routes.formTpk> = async ({ params, body, principal, now }) => {
  const decision = checkTpk(
    {
      decreeDate: body.decreeDate as IsoDate,
      methods: body.methods,
      members: body.members.map(({ qualification, ...m }) => ({
        ...m,
        independence: { ...m.independence, declaredOn: m.independence.declaredOn as IsoDate },
        training: qualification?.training && {
          ...qualification.training,
          date: qualification.training.date as IsoDate,
        },
        expertise: qualification?.expertise,
      })),
    },
    dateInWib(now),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const tpk: Tpk = {
    ...body,
    id: newId('tpk', now),
    instansiCode: params.instansiCode,
    recorded: { by: principal.username, at: now.toISOString() },
  };
  if (!(await saveTpk(tpk))) throw new Error(`TPK id ${tpk.id} taken`);
  return { statusCode: 201, body: tpk };
};

export const listTpks: Operation<typeof routes.listTpks> = async ({ params }) => ({
  statusCode: 200,
  body: { items: await tpksOf(params.instansiCode) },
});

/** On the PPK's determination the personnel official hands the candidate's assessment to a UPK or TPK (III.1.d). */
export const handOverStructuralCandidate: Operation<typeof routes.handOverStructuralCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [candidate, unit] = await Promise.all([
    candidateOf(params.instansiCode, params.nip),
    body.assessor === 'UPK'
      ? findUpk(params.instansiCode, body.unitId)
      : findTpk(params.instansiCode, body.unitId),
  ]);
  const decision = checkHandover({
    candidate: {
      nip: candidate.nip,
      status: candidate.status,
      assessedBy:
        candidate.determination?.decision === 'DITETAPKAN' ? candidate.determination.assessedBy : undefined,
      handedOver: candidate.handover !== undefined,
    },
    unit: unit && {
      kind: body.assessor,
      memberNips: 'members' in unit ? unit.members.map((m) => m.nip) : [],
    },
    kind: body.assessor,
  });
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const handover = {
    assessor: body.assessor,
    unitId: body.unitId,
    unitName: unit!.name,
    by: principal.username,
    at: now.toISOString(),
  };
  if (!(await recordHandover(params.instansiCode, params.nip, handover))) throw changedMeanwhile();
  return { statusCode: 200, body: { ...candidate, handover } };
};
