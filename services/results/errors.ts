import { HttpError } from '../../runtime/http/http-error';

export const decisionNotFound = () =>
  new HttpError(404, 'DECISION_NOT_FOUND', 'Keputusan tidak ditemukan untuk peserta ini.');

export const resultChanged = () =>
  new HttpError(409, 'RESULT_CHANGED', 'Data hasil berubah; silakan ulangi.');
