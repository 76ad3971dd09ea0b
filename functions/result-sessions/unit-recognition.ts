import { competencyUnit, isCompetencyUnitCode } from '../../domain/reference/competency-units';
import { recognitionStatement, unitRecognition } from '../../domain/result/unit-recognition';
import type { routes } from '../../events/api/routes';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { decisionNotFound } from '../../services/results/errors';

const titleOf = (code: string) => (isCompetencyUnitCode(code) ? competencyUnit(code).title : code);

/**
 * The statement of the units recognised to a participant not yet competent on the whole qualification (Perban
 * BKN 7/2020 Pasal 15(3)a, 25e): drawn from the decisions in force; not a certificate, and what a re-test builds
 * on (Pasal 26(2)).
 */
export const getUnitRecognition: Operation<typeof routes.getUnitRecognition> = async ({
  params,
  scoped: { participant },
}) => {
  const history = await loadResults(params.programId, params.nip);
  const recognition = unitRecognition(history.decisions);
  if (!recognition) throw decisionNotFound();
  const statement = recognitionStatement(recognition);
  if (!statement.ok) throw rulesNotMet(statement.violations);
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      name: participant.name,
      scheme: participant.scheme,
      basedOn: recognition.basedOn,
      recognised: recognition.recognised.map((unit) => ({ ...unit, title: titleOf(unit.unitCode) })),
      remaining: recognition.remaining.map((unitCode) => ({ unitCode, title: titleOf(unitCode) })),
      note: 'Pernyataan pengakuan unit kompetensi (Perban BKN 7/2020 Pasal 15(3)a), bukan sertifikat kompetensi teknis; uji ulang hanya atas unit sisanya (Pasal 26(2)).',
    },
  };
};
