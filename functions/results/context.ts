import type { ResultDecision } from '../../events/api/result';
import { HttpError } from '../shared/http/http-error';

/** The decision in force: the latest one not superseded (ids sort by time). */
export function currentDecision(decisions: readonly ResultDecision[]): ResultDecision | undefined {
  return [...decisions]
    .filter((d) => d.supersededBy === undefined)
    .sort((a, b) => (a.decisionId < b.decisionId ? -1 : 1))
    .at(-1);
}

export const decisionNotFound = () =>
  new HttpError(404, 'DECISION_NOT_FOUND', 'Keputusan tidak ditemukan untuk peserta ini.');

export const resultChanged = () =>
  new HttpError(409, 'RESULT_CHANGED', 'Data hasil berubah; silakan ulangi.');
