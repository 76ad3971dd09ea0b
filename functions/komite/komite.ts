import { randomUUID } from 'node:crypto';
import { annualMeetings, checkDecree, checkMeeting } from '../../domain/komite/komite';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { Decree, Meeting } from '../../events/api/komite';
import type { routes } from '../../events/api/routes';
import {
  decreeInForceOn,
  decreePage,
  meetingsOfYear,
  meetingsPerYear,
  saveDecree,
  saveMeeting,
} from '../../adapters/dynamodb/komite-repository';
import { findQuestionnaire } from '../../adapters/dynamodb/monev-repository';
import { monitoringRecords } from '../../adapters/dynamodb/surveillance-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';

const asDomain = (d: Decree) => ({ ...d, decreeDate: d.decreeDate as IsoDate });

/** BKN records the decree of the head of BKN that sets the Komite's membership (Pasal 6(4)). */
export const setKomiteMembership: Operation<typeof routes.setKomiteMembership> = async ({
  body,
  principal,
  now,
}) => {
  const decision = checkDecree({ ...body, decreeDate: body.decreeDate as IsoDate }, dateInWib(now));
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const decree: Decree = { ...body, recordedBy: principal.username, recordedAt: now.toISOString() };
  if (!(await saveDecree(decree))) {
    throw conflict(
      'DECREE_EXISTS',
      `Keputusan ${body.decreeNumber} tanggal ${body.decreeDate} sudah tercatat.`,
    );
  }
  return { statusCode: 201, body: decree };
};

/** The decree in force today (KO2) and one page of them all, oldest first (KO5). */
export const getKomiteMembership: Operation<typeof routes.getKomiteMembership> = async ({ query, now }) => {
  const [current, page] = await Promise.all([decreeInForceOn(dateInWib(now)), decreePage(query)]);
  return {
    statusCode: 200,
    body: {
      ...(current && { current }),
      decrees: page.items,
      ...(page.nextCursor && { nextCursor: page.nextCursor }),
    },
  };
};

/** The Komite records a meeting it held, with its minutes and decisions (Pasal 6(2)-(3)). */
export const recordKomiteMeeting: Operation<typeof routes.recordKomiteMeeting> = async ({
  body,
  principal,
  now,
}) => {
  // Only the decree in force on the meeting's date matters to the check (KO2), read beside the cited records.
  const [decree, cited] = await Promise.all([
    decreeInForceOn(body.heldOn),
    monitoringRecords(body.validations.flatMap((v) => v.monitoringIds)),
  ]);
  const questionnaires = await Promise.all(
    body.validations.map((v) =>
      Promise.all(v.monevRefs.map((ref) => findQuestionnaire({ ...ref, nip: v.nip }))),
    ),
  );
  let next = 0;
  const validations = body.validations.map((v, i) => ({
    nip: v.nip,
    monitoring: v.monitoringIds.map(() => cited[next++]),
    monev: questionnaires[i]!.map((q) => q && { answered: q.answer !== undefined }),
  }));
  const decision = checkMeeting(
    { heldOn: body.heldOn as IsoDate, attendeeNips: body.attendeeNips, validations },
    decree ? [asDomain(decree)] : [],
    dateInWib(now),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const meeting: Meeting = {
    ...body,
    id: `kom_${now.toISOString()}_${randomUUID().slice(0, 8)}`,
    decreeNumber: decision.value.decreeNumber,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  };
  await saveMeeting(meeting);
  return { statusCode: 201, body: meeting };
};

/** The year asked, or the current one in WIB: a year's meetings, never all of them (KO4). */
const yearOf = (query: { year?: number }, now: Date) => query.year ?? Number(dateInWib(now).slice(0, 4));

export const listKomiteMeetings: Operation<typeof routes.listKomiteMeetings> = async ({ query, now }) => {
  const year = yearOf(query, now);
  return { statusCode: 200, body: { year, items: await meetingsOfYear(year) } };
};

const DECISIONS = {
  validasi: 'validations',
  kajian: 'reviews',
  'saling-pengakuan': 'recognitions',
} as const;

/** One kind of the Komite's decisions across the meetings of a year, oldest first. */
export const listKomiteDecisions: Operation<typeof routes.listKomiteDecisions> = async ({ query, now }) => {
  const year = yearOf(query, now);
  return {
    statusCode: 200,
    body: {
      kind: query.kind,
      year,
      items: (await meetingsOfYear(year)).flatMap((m) =>
        m[DECISIONS[query.kind]].map((decision) => ({ meetingId: m.id, heldOn: m.heldOn, decision })),
      ),
    },
  };
};

/**
 * The meetings of each year since the first decree; a past year without one is flagged (Pasal 6(3)). Read from
 * the first decree (KO5, one item) and the count of each year's meetings (KO6, one small item a year), which the
 * meeting's own write keeps: counting the meetings themselves would read every meeting ever held.
 */
export const getKomiteAnnualMeetings: Operation<typeof routes.getKomiteAnnualMeetings> = async ({ now }) => {
  const [first, perYear] = await Promise.all([decreePage({ limit: 1 }), meetingsPerYear()]);
  return {
    statusCode: 200,
    body: annualMeetings(first.items[0]?.decreeDate as IsoDate | undefined, perYear, dateInWib(now)),
  };
};
