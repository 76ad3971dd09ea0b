import { TeamAmendmentRequest, TeamPath, TestTeam } from '../test-team';
import { defineRoute } from '../route';
import { authErrors, error } from './common';

const TAG = 'Uji Kompetensi';

/**
 * The amending decree of a test team (Perban BKN 7/2020 Pasal 19(2)-(3)), served by functions/test-teams beside
 * the team's own routes.
 */
export const testTeamAmendmentRoutes = {
  amendTestTeam: defineRoute({
    operationId: 'amendTestTeam',
    method: 'POST',
    path: '/test-teams/{teamId}/members',
    function: 'testTeams',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Menambah asesor atau pakar pada tim uji dengan keputusan perubahan (Perban BKN 7/2020 Pasal 19(2)-(3))',
    description:
      'Bila peserta angkatan yang dilayani tim bertambah, tim yang terlalu kecil tidak dapat dipakai menguji (TIM-UJI-UKURAN saat bukti dicatat). Keputusan perubahan menambah anggota yang menilai, masing-masing diperiksa seperti saat pembentukan (Pasal 28, 29, 19(6)); peserta setiap angkatan dihitung ulang dan tim sesudah perubahan harus cukup pada rasio pembentukannya. Anggota baru tercatat pada tim uji setiap angkatannya.',
    params: TeamPath,
    body: TeamAmendmentRequest,
    responses: {
      200: { description: 'Tim uji sesudah perubahan.', schema: TestTeam },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error('Tim uji tidak ditemukan (TEST_TEAM_NOT_FOUND).'),
      409: error('Tim diubah selama permintaan diproses; tidak ada yang dicatat (TEST_TEAM_CHANGED).'),
      422: error('Aturan tim uji tidak terpenuhi (semua alasan dalam details).'),
    },
  }),
};
