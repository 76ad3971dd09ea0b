import { randomUUID } from 'node:crypto';
import { annualMeetings, checkDecree, checkMeeting, decreeInForce } from '../../domain/komite/komite';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { Decree, Meeting } from '../../events/api/komite';
import type { routes } from '../../events/api/routes';
import {
  listDecrees,
  listMeetings,
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

export const getKomiteMembership: Operation<typeof routes.getKomiteMembership> = async ({ now }) => {
  const decrees = await listDecrees();
  const current = decreeInForce(decrees.map(asDomain), dateInWib(now));
  return { statusCode: 200, body: { ...(current && { current }), decrees } };
};

/** The Komite records a meeting it held, with its minutes and decisions (Pasal 6(2)-(3)). */
export const recordKomiteMeeting: Operation<typeof routes.recordKomiteMeeting> = async ({
  body,
  principal,
  now,
}) => {
  const cited = await monitoringRecords(body.validations.flatMap((v) => v.monitoringIds));
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
    (await listDecrees()).map(asDomain),
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
  if (!(await saveMeeting(meeting))) throw new Error(`Meeting id ${meeting.id} taken`);
  return { statusCode: 201, body: meeting };
};

export const listKomiteMeetings: Operation<typeof routes.listKomiteMeetings> = async () => ({
  statusCode: 200,
  body: { items: await listMeetings() },
});

const DECISIONS = {
  validasi: 'validations',
  kajian: 'reviews',
  'saling-pengakuan': 'recognitions',
} as const;

/** One kind of the Komite's decisions across its meetings, oldest first. */
export const listKomiteDecisions: Operation<typeof routes.listKomiteDecisions> = async ({ query }) => ({
  statusCode: 200,
  body: {
    kind: query.kind,
    items: (await listMeetings()).flatMap((m) =>
      m[DECISIONS[query.kind]].map((decision) => ({ meetingId: m.id, heldOn: m.heldOn, decision })),
    ),
  },
});

/** The meetings of each year since the first decree; a past year without one is flagged (Pasal 6(3)). */
export const getKomiteAnnualMeetings: Operation<typeof routes.getKomiteAnnualMeetings> = async ({ now }) => {
  const [decrees, meetings] = await Promise.all([listDecrees(), listMeetings()]);
  return {
    statusCode: 200,
    body: annualMeetings(
      decrees[0]?.decreeDate as IsoDate | undefined,
      meetings.map((m) => m.heldOn as IsoDate),
      dateInWib(now),
    ),
  };
};
