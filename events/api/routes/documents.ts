import { ProgramPath } from '../paths';
import { DownloadLink } from '../download';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

/** Download links to generated documents. */
export const documentRoutes = {
  getAnnouncement: defineRoute({
    operationId: 'getAnnouncement',
    method: 'GET',
    path: '/programs/{programId}/announcement',
    function: 'documents',
    auth: ['admin-bkn', 'instansi', 'kanreg'],
    scope: 'none',
    tag: 'Program',
    summary: 'Tautan unduh surat pemberitahuan program',
    params: ProgramPath,
    responses: {
      200: { description: 'Tautan unduh berumur pendek.', schema: DownloadLink },
      404: error('Program atau suratnya belum ada.'),
      409: error('Surat masih dibuat.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
