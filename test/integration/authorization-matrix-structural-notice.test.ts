import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { structuralNoticeRoutes } from '../../events/api/routes/structural-notice';

/*
 * The roles and scopes of the notification routes of Perka BKN 11/2008 (Lampiran III.2.a.3-4), as the regulation
 * gives them. authorization-matrix.test.ts plays every route against every role and takes the allowed roles from
 * the document itself; this table is what the document must say: the letter goes through the instansi's personnel
 * official (the only one who issues it and records its receipt), the PPK and Baperjakat read it, each official only
 * for their own instansi (`instansi-official` restricts every role allowed; another instansi is answered as an
 * unregistered one).
 */

interface OpenApiOperation {
  operationId: string;
  'x-roles'?: string[];
  'x-scope'?: { rule: string; roles: string[] };
}

const OFFICIALS = ['baperjakat', 'kepegawaian', 'ppk'];
const NOTICE_ROUTES: Record<string, string[]> = {
  issueStructuralNotice: ['kepegawaian'],
  listStructuralNotices: OFFICIALS,
  getStructuralNotice: OFFICIALS,
  recordStructuralNoticeReceipt: ['kepegawaian'],
  getStructuralAssessability: OFFICIALS,
};

const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
const byId = new Map(
  Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .map((o) => [o.operationId, o]),
);

describe('authorization matrix, issue 17 point 4: who issues, receives and reads the notification letter', () => {
  it('every notification route is in the table', () => {
    expect(Object.keys(structuralNoticeRoutes).sort()).toEqual(Object.keys(NOTICE_ROUTES).sort());
  });

  it.each(Object.entries(NOTICE_ROUTES))('%s: allowed roles and scope as the table says', (id, roles) => {
    const operation = byId.get(id)!;
    expect([...(operation['x-roles'] ?? [])].sort()).toEqual(roles);
    expect(operation['x-scope']?.rule).toBe('instansi-official');
    expect([...(operation['x-scope']?.roles ?? [])].sort()).toEqual(roles);
  });
});
