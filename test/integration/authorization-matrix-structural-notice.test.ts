import { describe, expect, it } from 'vitest';
import { structuralNoticeRoutes } from '../../events/api/routes/structural-notice';
import { declarationOf } from './matrix-table';

/*
 * The roles and scopes of the notification routes of Perka BKN 11/2008 (Lampiran III.2.a.3-4), as the regulation
 * gives them. authorization-matrix.test.ts plays every route against every role and takes the allowed roles from
 * the document itself; this table is what the document must say: the letter goes through the instansi's personnel
 * official (the only one who issues it and records its receipt), the PPK and Baperjakat read it, each official only
 * for their own instansi (`instansi-official` restricts every role allowed; another instansi is answered as an
 * unregistered one).
 */

const OFFICIALS = ['baperjakat', 'kepegawaian', 'ppk'];
const NOTICE_ROUTES: Record<string, string[]> = {
  issueStructuralNotice: ['kepegawaian'],
  listStructuralNotices: OFFICIALS,
  getStructuralNotice: OFFICIALS,
  recordStructuralNoticeReceipt: ['kepegawaian'],
  getStructuralAssessability: OFFICIALS,
};

describe('authorization matrix, issue 17 point 4: who issues, receives and reads the notification letter', () => {
  it('every notification route is in the table', () => {
    expect(Object.keys(structuralNoticeRoutes).sort()).toEqual(Object.keys(NOTICE_ROUTES).sort());
  });

  it.each(Object.entries(NOTICE_ROUTES))('%s: allowed roles and scope as the table says', (id, roles) => {
    expect(declarationOf(id)).toEqual({ roles, scope: 'instansi-official', restricted: roles });
  });
});
