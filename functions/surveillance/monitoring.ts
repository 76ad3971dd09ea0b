import type * as z from 'zod';
import { randomUUID } from 'node:crypto';
import {
  checkRecommendation,
  checkRecommendationProgress,
  type RecommendationTarget,
} from '../../domain/certificate/development-recommendation';
import { checkMonitoring, type MonitoredCertificate } from '../../domain/certificate/monitoring';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import type { routes } from '../../events/api/routes';
import type { MonitoringRecord, Recommendation, RecommendationRequest } from '../../events/api/surveillance';
import {
  findRecommendation,
  monitoringRecords,
  progressRecommendation as moveRecommendation,
  saveMonitoring,
  saveRecommendation,
  surveillanceOfHolder,
  surveillanceOfInstansi,
} from '../../adapters/dynamodb/surveillance-repository';
import { findInstansi } from '../../adapters/dynamodb/instansi-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';
import type { Principal } from '../../runtime/http/principal';

/** A new id, in order of recording: `<prefix>_<instant>_<8 hex>`. */
const newId = (prefix: 'mon' | 'rek', now: Date) =>
  `${prefix}_${now.toISOString()}_${randomUUID().slice(0, 8)}`;

/** Who monitored: BKN, or the Kanreg of the holder's instansi region, the only one its scope lets in (Pasal 35(6)). */
async function keeperOf(principal: Principal, instansiCode: string): Promise<MonitoringRecord['by']> {
  if (principal.roles.includes('admin-bkn')) return { role: 'BKN', username: principal.username };
  const kanreg = (await findInstansi(instansiCode))?.kanreg;
  return { role: 'KANREG', ...(kanreg && { kanreg }), username: principal.username };
}

const monitoredOf = (c: CompetencyCertificateRecord): MonitoredCertificate => ({
  nip: c.nip,
  status: c.status,
  issuedOn: c.issuedOn as IsoDate,
  scheme: c.scheme,
  unitCodes: c.units.map((u) => u.code),
});

/** BKN or the Kanreg records a monitoring of the holder of a certificate in force (Pasal 35(1), (6)). */
export const recordMonitoring: Operation<typeof routes.recordMonitoring> = async ({
  body,
  scoped: { certificate },
  principal,
  now,
}) => {
  const decision = checkMonitoring(
    monitoredOf(certificate),
    { ...body, observedOn: body.observedOn as IsoDate },
    dateInWib(now),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const record: MonitoringRecord = {
    ...body,
    id: newId('mon', now),
    registrationNumber: certificate.registrationNumber,
    certificateId: certificate.certificateId,
    nip: certificate.nip,
    instansiCode: certificate.instansiCode,
    by: await keeperOf(principal, certificate.instansiCode),
    recordedAt: now.toISOString(),
  };
  if (!(await saveMonitoring(record))) throw new Error(`Monitoring id ${record.id} taken`);
  return { statusCode: 201, body: record };
};

/** The holder's monitoring and recommendations, across their certificates' versions. */
export const getHolderSurveillance: Operation<typeof routes.getHolderSurveillance> = async ({
  scoped: { certificate },
}) => ({ statusCode: 200, body: await surveillanceOfHolder(certificate.nip) });

export const getInstansiSurveillance: Operation<typeof routes.getInstansiSurveillance> = async ({
  query,
  scoped: { instansi },
}) => ({
  statusCode: 200,
  body: await surveillanceOfInstansi(instansi.code, { limit: query.limit, cursor: query.cursor }),
});

async function recommend(
  target: RecommendationTarget,
  to: Recommendation['to'],
  instansiCode: string,
  body: z.infer<typeof RecommendationRequest>,
  principal: Principal,
  now: Date,
) {
  const basis = await monitoringRecords(body.monitoringIds);
  const decision = checkRecommendation(target, { ...body, basis });
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const at = now.toISOString();
  const recommendation: Recommendation = {
    id: newId('rek', now),
    to,
    instansiCode,
    ...body,
    status: 'DITERBITKAN',
    history: [{ status: 'DITERBITKAN', note: body.note, by: principal.username, at }],
    issuedBy: principal.username,
    issuedAt: at,
  };
  if (!(await saveRecommendation(recommendation)))
    throw new Error(`Recommendation id ${recommendation.id} taken`);
  return { statusCode: 201 as const, body: recommendation };
}

/** A development recommendation to the holder of a certificate in force (Pasal 35(2), (4), (5)). */
export const recommendToHolder: Operation<typeof routes.recommendToHolder> = ({
  body,
  scoped: { certificate },
  principal,
  now,
}) =>
  recommend(
    { kind: 'PEMEGANG', certificate: monitoredOf(certificate) },
    {
      kind: 'PEMEGANG',
      nip: certificate.nip,
      registrationNumber: certificate.registrationNumber,
      certificateId: certificate.certificateId,
    },
    certificate.instansiCode,
    body,
    principal,
    now,
  );

/** A development recommendation to an instansi (Pasal 35(2), (4), (5)). */
export const recommendToInstansi: Operation<typeof routes.recommendToInstansi> = ({
  body,
  scoped: { instansi },
  principal,
  now,
}) =>
  recommend(
    { kind: 'INSTANSI', instansiCode: instansi.code },
    { kind: 'INSTANSI' },
    instansi.code,
    body,
    principal,
    now,
  );

/** BKN records a recommendation followed up, then done: one step at a time. */
export const progressRecommendation: Operation<typeof routes.progressRecommendation> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const recommendation = await findRecommendation(params.recommendationId);
  if (!recommendation) {
    throw new HttpError(404, 'RECOMMENDATION_NOT_FOUND', 'Rekomendasi pengembangan tidak ditemukan.');
  }
  const step = checkRecommendationProgress(recommendation.status, body.status);
  if (!step.ok) throw rulesNotMet(step.violations);
  const entry = { status: body.status, note: body.note, by: principal.username, at: now.toISOString() };
  if (!(await moveRecommendation(recommendation.id, recommendation.status, entry))) {
    throw conflict(
      'RECOMMENDATION_CHANGED',
      'Status rekomendasi berubah bersamaan; muat ulang dan coba lagi.',
    );
  }
  return {
    statusCode: 200,
    body: { ...recommendation, status: body.status, history: [...recommendation.history, entry] },
  };
};
