import { randomUUID } from 'node:crypto';
import {
  checkInstrument,
  mayReadAnswerKeys,
  reviewDueOn,
  unitsOfScheme,
  type InstrumentContent,
} from '../../domain/assessment/instrument';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import type {
  Instrument,
  InstrumentReview,
  InstrumentVersion,
  InstrumentVersionRequest,
} from '../../events/api/test-instruments';
import {
  findInstrument,
  programInstruments,
  saveInstrumentReview,
  saveInstrumentVersion,
  type InstrumentRecords,
} from '../../adapters/dynamodb/test-instrument-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';

/** The cohort's team as the test-team scope read it, and the caller's place on it. */
interface TeamScope {
  cohort: Cohort;
  team: TeamMember[];
  member: TeamMember | undefined;
}

const instrumentNotFound = () =>
  new HttpError(404, 'INSTRUMENT_NOT_FOUND', 'Instrumen atau versinya tidak ditemukan dalam program.');

/** The team member preparing: the routes allow assessors and experts only, whom the scope always places. */
function preparer(scoped: TeamScope): TeamMember {
  if (!scoped.member) throw new Error('an instrument route reached its operation without a team member');
  return scoped.member;
}

/**
 * A version of an instrument prepared by the caller and handed to an assessor of the cohort's team (the caller
 * when an assessor names nobody else), once it meets the rules of Pasal 30(4)a, d, k; 422 otherwise.
 */
function preparedVersion(
  scoped: TeamScope,
  ids: { programId: string; instrumentId: string; version: number },
  unitCodes: readonly string[],
  body: InstrumentVersionRequest,
  now: Date,
): InstrumentVersion {
  const member = preparer(scoped);
  const {
    handedTo = member.role === 'asesor' ? member.username : undefined,
    title,
    reviewIntervalDays,
    ...rest
  } = body;
  const content: InstrumentContent = { unitCodes, ...rest };
  const handedToAssessor = scoped.team.some((m) => m.role === 'asesor' && m.username === handedTo);
  const verdict = checkInstrument(content, {
    schemeUnits: unitsOfScheme(scoped.cohort.scheme),
    handedToAssessor,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  return {
    ...ids,
    unitCodes: [...unitCodes],
    title,
    ...rest,
    reviewIntervalDays,
    handedTo: handedTo!,
    preparedBy: member.username,
    preparedByRole: member.role,
    preparedInCohort: scoped.cohort.number,
    preparedAt: now.toISOString(),
    preparedOn: dateInWib(now),
  };
}

async function saved(version: InstrumentVersion) {
  if (!(await saveInstrumentVersion(version))) {
    throw new HttpError(
      409,
      'INSTRUMENT_CHANGED',
      'Versi lain instrumen ini tercatat bersamaan; tidak ada yang dicatat. Silakan ulangi.',
    );
  }
  return { statusCode: 201, body: version };
}

/** An expert with an assessor, or an assessor, prepares an instrument: its version 1. */
export const prepareInstrument: Operation<typeof routes.prepareInstrument> = async ({
  params,
  body,
  scoped,
  now,
}) => {
  const { unitCodes, ...content } = body;
  const instrumentId = `ins_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const ids = { programId: params.programId, instrumentId, version: 1 };
  return saved(preparedVersion(scoped, ids, [...new Set(unitCodes)], content, now));
};

/** A new version of an instrument, for its units; the versions before stay as they were (Pasal 30(2)k). */
export const reviseInstrument: Operation<typeof routes.reviseInstrument> = async ({
  params,
  body,
  scoped,
  now,
}) => {
  const latest = (await findInstrument(params.programId, params.instrumentId))?.versions.at(-1);
  if (!latest) throw instrumentNotFound();
  const ids = { programId: params.programId, instrumentId: params.instrumentId, version: latest.version + 1 };
  return saved(preparedVersion(scoped, ids, latest.unitCodes, body, now));
};

/** An instrument's versions and reviews as the review rules see them: their dates as calendar dates. */
export const instrumentFacts = ({ versions, reviews }: InstrumentRecords) => ({
  versions: versions.map((v) => ({ ...v, preparedOn: v.preparedOn as IsoDate })),
  reviews: reviews.map((r) => ({ ...r, reviewedOn: r.reviewedOn as IsoDate })),
});

/** The instrument as `readsKeys` may see it: every version with its next review date, keys only for those who may. */
function instrumentView(instrumentId: string, records: InstrumentRecords, readsKeys: boolean): Instrument {
  const facts = instrumentFacts(records);
  return {
    instrumentId,
    latestVersion: records.versions.at(-1)!.version,
    versions: facts.versions.map((v) => ({
      ...v,
      items: readsKeys ? v.items : v.items.map(({ text }) => ({ text })),
      reviewDueOn: reviewDueOn(v, facts.reviews),
    })),
    reviews: records.reviews,
  };
}

/** One instrument with every version; answer keys for BKN and the team's assessors only (Pasal 30(4)k). */
export const getInstrument: Operation<typeof routes.getInstrument> = async ({ params, scoped }) => {
  const records = await findInstrument(params.programId, params.instrumentId);
  if (!records) throw instrumentNotFound();
  const readsKeys = mayReadAnswerKeys(scoped.member?.role ?? 'admin-bkn').ok;
  return { statusCode: 200, body: instrumentView(params.instrumentId, records, readsKeys) };
};

/** The programme's instruments to choose from, without their items. */
export const listInstruments: Operation<typeof routes.listInstruments> = async ({ params }) => {
  const instruments = await programInstruments(params.programId);
  const items = [...instruments].map(([id, records]) => {
    const view = instrumentView(id, records, false);
    return {
      ...view,
      versions: view.versions.map(({ items: list, ...v }) => ({ ...v, itemCount: list.length })),
    };
  });
  return { statusCode: 200, body: { items } };
};

/** BKN's training unit (Pasal 19(8)f) or an assessor of the team (30(2)k) reviews one version. */
export const reviewInstrument: Operation<typeof routes.reviewInstrument> = async ({
  params,
  body,
  scoped,
  principal,
  now,
}) => {
  const records = await findInstrument(params.programId, params.instrumentId);
  if (!records?.versions.some((v) => v.version === body.version)) throw instrumentNotFound();
  const review: InstrumentReview = {
    programId: params.programId,
    instrumentId: params.instrumentId,
    ...body,
    reviewedBy: principal.username,
    reviewedByRole: scoped.member ? 'asesor' : 'admin-bkn',
    reviewedAt: now.toISOString(),
    reviewedOn: dateInWib(now),
  };
  await saveInstrumentReview(review, randomUUID().slice(0, 8));
  return { statusCode: 201, body: review };
};
