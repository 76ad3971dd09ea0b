import { expect } from 'vitest';
import type { Caller } from './helpers';

/*
 * The set-up the result-session completeness suites (issue 18, Pasal 25b, 25e, 25h) and the review of the test
 * process start from: Bogor (and, for the out-of-scope caller, Kota Bogor) registered, and the 2019 programme with
 * one Administrator cohort tested on 30 July 2019, its proposal window 5-15 April.
 */
const INSTANSI = {
  '3201': 'Pemerintah Kabupaten Bogor',
  '3271': 'Pemerintah Kota Bogor',
} as const;

/** BKN registers the instansi and creates the programme; its id. */
export async function programme2019(admin: Caller, instansi: readonly (keyof typeof INSTANSI)[] = ['3201']) {
  for (const code of instansi) {
    const registered = await admin('PUT', `/instansi/${code}`, {
      name: INSTANSI[code],
      kind: 'KABUPATEN_KOTA',
      kanreg: 'III',
    });
    expect(registered.status).toBe(200);
  }
  const created = await admin('POST', '/programs', {
    name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
    year: 2019,
    schemes: ['ADMINISTRATOR'],
    quotaPerInstansi: { ADMINISTRATOR: 2 },
    proposalWindow: { opensAt: '2019-04-05T00:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
    cohortPlan: [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2019-07-29', endDate: '2019-07-30' },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}
