import { komiteRoutes } from '../../events/api/routes/komite';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import {
  getKomiteAnnualMeetings,
  getKomiteMembership,
  listKomiteDecisions,
  listKomiteMeetings,
  recordKomiteMeeting,
  setKomiteMembership,
} from './komite';

/** The Komite Sertifikasi (Perban BKN 7/2020 Pasal 6): membership, meetings and their decisions. */
export const handler = apiHandler(
  komiteRoutes,
  {
    setKomiteMembership,
    getKomiteMembership,
    recordKomiteMeeting,
    listKomiteMeetings,
    listKomiteDecisions,
    getKomiteAnnualMeetings,
  },
  routeAccess({}),
  idempotentRequests,
);
