import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { firstSchemeVersion, publishSchemeVersion } from '../../domain/scheme/version';
import { recordSchemeVersion } from '../../adapters/dynamodb/scheme-repository';
import { versionPublished } from '../../services/scheme/register';
import { addDays, dateInWib } from '../../domain/shared/dates';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import {
  certificateProgramme,
  recordCompetentDecision,
  requestCertificatesThrice,
  seedTrainedParticipants,
} from './training-helpers';

/*
 * The register of scheme versions and the update of holders' certificates through the public API (Perban BKN
 * 7/2020 Pasal 13(2), 15(4)-(5), 35(3)-(4)): BKN publishes version 2 of the Administrator scheme with one changed
 * unit to be tested again and one asking for refreshment; the holders are enrolled; one completes and is
 * re-issued -P1 on the new version with its units, one is found not yet competent and keeps their certificate.
 */

const today = dateInWib(new Date());
const START = addDays(today, 10);
const END = addDays(START, 1);
const NIPS = ['198503102010011002', '198703122011012003'];
const UNITS = [...requiredUnitCodes('ADMINISTRATOR')];
const V1 = firstSchemeVersion('ADMINISTRATOR');
const ADM = V1.qualifications[0]!;
const CHANGED_TITLE = 'Melaksanakan Manajemen Perencanaan ASN Berbasis Data';
const VERSION_2 = {
  version: '2028',
  effectiveOn: today,
  basis: 'Keputusan Kepala BKN tentang Standar Kompetensi Teknis Manajemen ASN 2028',
  qualifications: [
    {
      ...ADM,
      units: ADM.units.map((u) => (u.code === 'MASN-ADM-01' ? { ...u, title: CHANGED_TITLE } : u)),
    },
  ],
  changes: [
    {
      unit: 'MASN-ADM-01',
      kind: 'DIUBAH',
      consequence: 'UJI_ULANG',
      description: 'Perencanaan kebutuhan ASN berbasis sistem informasi.',
    },
    {
      unit: 'MASN-ADM-02',
      kind: 'DIUBAH',
      consequence: 'PENYEGARAN',
      description: 'Regulasi pengadaan ASN yang baru.',
    },
  ],
};
const codesOf = (body: { code: string; details?: { code: string }[] }) =>
  body.code === 'RULES_NOT_MET' ? [...new Set(body.details!.map((v) => v.code))] : [body.code];

describe('scheme versions and refreshment, on the local stack', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  const numbers: string[] = [];
  const idOf = (number: string) => number.replaceAll('/', '-');
  const enrolment = (i: number) => `/schemes/ADMINISTRATOR/versions/2028/enrolments/${idOf(numbers[i]!)}`;

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 2 });
    admin = await callerFor(stack, 'admin-bkn');
    programId = await certificateProgramme(admin, 'Pelatihan dan Sertifikasi Manajemen ASN (versi skema)', {
      start: START,
      end: END,
    });
    await seedTrainedParticipants(
      programId,
      { start: START, end: END },
      NIPS.map((nip, i) => ({ nip, name: ['Dewi Lestari, S.Sos.', 'Rina Kartika, S.H.'][i]! })),
    );
    const decisionIdOf = (i: number) => `dec_2027-08-20T03:00:0${i}.000Z_1`;
    for (const [i, nip] of NIPS.entries()) {
      await recordCompetentDecision(programId, nip, decisionIdOf(i));
    }
    await requestCertificatesThrice(
      stack,
      programId,
      NIPS.map((nip, i) => ({ nip, decisionId: decisionIdOf(i) })),
    );
    for (const nip of NIPS) {
      const certificate = await eventually(async () => {
        const answer = await admin('GET', `/programs/${programId}/participants/${nip}/certificates`);
        return answer.body?.competency?.[0];
      }, `certificate of ${nip}`);
      expect(certificate.schemeVersion).toBe('2019');
      numbers.push(certificate.registrationNumber);
    }
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("the register starts with version 1, the 2019 handbook's units, as data", async () => {
    const { status, body } = await admin('GET', '/schemes/ADMINISTRATOR/versions');
    expect(status).toBe(200);
    expect(body.versions.map((v: { version: string; sequence: number }) => [v.version, v.sequence])).toEqual([
      ['2019', 1],
    ]);
    expect(body.versions[0].qualifications[0].units.map((u: { code: string }) => u.code)).toEqual(UNITS);
  });

  it.each([
    ['SKEMA-VERSI-BARU', { version: '2019' }],
    ['SKEMA-VERSI-PERUBAHAN', { changes: [] }],
    ['SKEMA-VERSI-KUALIFIKASI', { qualifications: [{ ...ADM, units: [...ADM.units, ADM.units[0]] }] }],
    [
      'SKEMA-VERSI-AKIBAT',
      {
        qualifications: [{ ...ADM, units: ADM.units.slice(0, 13) }],
        changes: [
          { unit: 'MASN-ADM-14', kind: 'DIHAPUS', consequence: 'UJI_ULANG', description: 'Dihapus.' },
        ],
      },
    ],
  ])('%s: a version that breaks it is refused (422), nothing published', async (code, overrides) => {
    const answer = await admin('POST', '/schemes/ADMINISTRATOR/versions', { ...VERSION_2, ...overrides });
    expect(answer.status, JSON.stringify(answer.body)).toBe(422);
    expect(codesOf(answer.body)).toContain(code);
    expect((await admin('GET', '/schemes/ADMINISTRATOR/versions')).body.versions).toHaveLength(1);
  });

  it('only BKN publishes a version (403 for an instansi operator)', async () => {
    const bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    expect((await bogor('POST', '/schemes/ADMINISTRATOR/versions', VERSION_2)).status).toBe(403);
  });

  it('publishing version 2 enrols every holder on version 1 with the units to refresh and to test again', async () => {
    // Act
    const published = await admin('POST', '/schemes/ADMINISTRATOR/versions', VERSION_2);

    // Assess
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({
      version: { version: '2028', sequence: 2 },
      enrolled: 2,
      notEnrolled: [],
      enrolment: 'SELESAI',
    });
    const { body } = await admin('GET', '/schemes/ADMINISTRATOR/versions/2028/enrolments');
    expect(body.enrolments.map((e: { registrationNumber: string }) => e.registrationNumber).sort()).toEqual(
      [...numbers].sort(),
    );
    for (const e of body.enrolments) {
      expect(e).toMatchObject({
        fromVersion: '2019',
        toVersion: '2028',
        status: 'TERDAFTAR',
        refreshmentUnits: ['MASN-ADM-02'],
        testUnits: ['MASN-ADM-01'],
      });
    }
    // The version's transaction wrote the event that has the queue go over the same holders: relayed once.
    await stack.eventsSettled();
    expect(
      stack
        .events()
        .filter((e) => e['detail-type'] === 'SchemeVersionPublished')
        .map((e) => e.detail),
    ).toMatchObject([{ eventId: 'SKEMA/ADMINISTRATOR#2', version: '2028', publishedOn: today }]);
    // The same id again is refused; the register holds both versions.
    const again = await admin('POST', '/schemes/ADMINISTRATOR/versions', VERSION_2);
    expect(codesOf(again.body)).toContain('SKEMA-VERSI-BARU');
    expect((await admin('GET', '/schemes/ADMINISTRATOR/versions')).body.versions).toHaveLength(2);
  });

  it('SEGAR-HADIR, SEGAR-UJI-KOMPETEN: no re-issue before the attendance and the re-test decision are recorded', async () => {
    const early = await admin('POST', `${enrolment(0)}/reissue`);
    expect(early.status).toBe(422);
    expect(codesOf(early.body)).toEqual(expect.arrayContaining(['SEGAR-HADIR', 'SEGAR-UJI-KOMPETEN']));
  });

  it('SEGAR-HADIR: attendance dated after today is refused; today it is recorded', async () => {
    const attendance = {
      attendedOn: addDays(today, 1),
      organiser: 'Pusbang ASN BKN',
      evidence: 'Daftar hadir 12/2028',
    };
    const late = await admin('PUT', `${enrolment(0)}/attendance`, attendance);
    expect([late.status, late.body.code]).toEqual([422, 'SEGAR-HADIR']);
    const recorded = await admin('PUT', `${enrolment(0)}/attendance`, { ...attendance, attendedOn: today });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.attendance).toMatchObject({ attendedOn: today, recordedBy: expect.any(String) });
  });

  it('SEGAR-UJI-UNIT: a decision on units not to be tested is refused', async () => {
    const wrong = await admin('POST', `${enrolment(0)}/decisions`, {
      units: [{ code: 'MASN-ADM-02', outcome: 'KOMPETEN' }],
      assessors: ['Drs. Bambang Santoso'],
      evidence: 'Berita acara uji ulang 7/2028',
    });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'SEGAR-UJI-UNIT']);
  });

  it('a holder who attended and is competent on the changed unit is re-issued -P1 on version 2028 with its units, from the records', async () => {
    // Prepare
    const decided = await admin('POST', `${enrolment(0)}/decisions`, {
      units: [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }],
      assessors: ['Drs. Bambang Santoso'],
      evidence: 'Berita acara uji ulang 7/2028',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    // Act
    const reissued = await admin('POST', `${enrolment(0)}/reissue`);

    // Assess
    expect(reissued.status, JSON.stringify(reissued.body)).toBe(201);
    expect(reissued.body).toMatchObject({
      registrationNumber: `${numbers[0]}-P1`,
      schemeVersion: '2028',
      qualification: 'Kualifikasi Administrator',
      requiredUnitCount: 14,
      supersedes: numbers[0],
      reissue: { reason: 'PERUBAHAN_SKEMA' },
    });
    expect(reissued.body.units[0]).toEqual({ code: 'MASN-ADM-01', title: CHANGED_TITLE });
    expect((await admin('GET', `/certificates/${idOf(numbers[0]!)}`)).body).toMatchObject({
      status: 'DIMUTAKHIRKAN',
      supersededBy: `${numbers[0]}-P1`,
    });
    const { body } = await admin('GET', '/schemes/ADMINISTRATOR/versions/2028/enrolments');
    expect(body.enrolments.find((e: { nip: string }) => e.nip === NIPS[0])).toMatchObject({
      status: 'SELESAI',
      reissuedAs: `${numbers[0]}-P1`,
    });
    await eventually(async () => {
      const answer = await admin('GET', `/certificates/${idOf(numbers[0]!)}-P1`);
      return answer.body?.download;
    }, 'the updated version rendered');
  });

  it('SEGAR-SELESAI: a completed enrolment is not re-issued again and takes no more records', async () => {
    const again = await admin('POST', `${enrolment(0)}/reissue`);
    expect(codesOf(again.body)).toContain('SEGAR-SELESAI');
    const attendance = await admin('PUT', `${enrolment(0)}/attendance`, {
      attendedOn: today,
      organiser: 'Pusbang ASN BKN',
      evidence: 'Daftar hadir 12/2028',
    });
    expect([attendance.status, attendance.body.code]).toEqual([422, 'SEGAR-SELESAI']);
  });

  it('SEGAR-UJI-KOMPETEN: a holder not yet competent on the changed unit is not re-issued; the certificate stays in force on 2019', async () => {
    // Prepare
    await admin('PUT', `${enrolment(1)}/attendance`, {
      attendedOn: today,
      organiser: 'Pusbang ASN BKN',
      evidence: 'Daftar hadir 12/2028',
    });
    const decided = await admin('POST', `${enrolment(1)}/decisions`, {
      units: [{ code: 'MASN-ADM-01', outcome: 'BELUM_KOMPETEN' }],
      assessors: ['Drs. Bambang Santoso'],
      evidence: 'Berita acara uji ulang 8/2028',
    });
    expect(decided.body.status).toBe('BELUM_KOMPETEN');

    // Act
    const refused = await admin('POST', `${enrolment(1)}/reissue`);

    // Assess
    expect([refused.status, refused.body.code]).toEqual([422, 'SEGAR-UJI-KOMPETEN']);
    expect((await admin('GET', `/certificates/${idOf(numbers[1]!)}`)).body).toMatchObject({
      status: 'AKTIF',
      schemeVersion: '2019',
    });
  });

  it('SEGAR-TERBIT-DARI-CATATAN: the re-issue route no longer takes a scheme change with typed units', async () => {
    const typed = await admin('POST', `/certificates/${idOf(numbers[1]!)}/reissue`, {
      reason: 'PERUBAHAN_SKEMA',
      schemeVersion: '2028',
      unitCodes: ['MASN-ADM-01'],
    });
    expect([typed.status, typed.body.code]).toEqual([422, 'SEGAR-TERBIT-DARI-CATATAN']);
    expect((await admin('GET', `/certificates/${idOf(numbers[1]!)}`)).body.status).toBe('AKTIF');
  });

  it('a publication whose request stops right after its commit still has every holder enrolled: the event committed with the version has the queue enrol them', async () => {
    // Prepare: version 2029 as the request would publish it after 2028.
    const versions = (await admin('GET', '/schemes/ADMINISTRATOR/versions')).body.versions;
    const decided = publishSchemeVersion(versions.at(-1), {
      version: '2029',
      effectiveOn: addDays(today, 1),
      basis: 'Keputusan Kepala BKN tentang Standar Kompetensi Teknis Manajemen ASN 2029',
      qualifications: versions.at(-1).qualifications,
      changes: [
        {
          unit: 'MASN-ADM-03',
          kind: 'DIUBAH',
          consequence: 'PENYEGARAN',
          description: 'Pemutakhiran pengelolaan data ASN.',
        },
      ],
    });
    if (!decided.ok) throw new Error(JSON.stringify(decided.violations));
    const version = { ...decided.value, publishedBy: 'admin-bkn', publishedAt: new Date().toISOString() };

    // Act: the request's commit (SC1), and nothing after it: no holder enrolled in the request.
    expect(await recordSchemeVersion(version, versionPublished(version, today, 'sc3-commit-only'))).toBe(
      true,
    );

    // Assess: outbox, relay, bus, rule, queue, worker: both holders in force are enrolled on 2029.
    const enrolments = await eventually(async () => {
      const { body } = await admin('GET', '/schemes/ADMINISTRATOR/versions/2029/enrolments');
      return body.enrolments.length === 2 ? body.enrolments : undefined;
    }, 'the holders enrolled from the queue');
    expect(
      enrolments.map((e: { registrationNumber: string; fromVersion: string }) => [
        e.registrationNumber,
        e.fromVersion,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [`${numbers[0]}-P1`, '2028'],
        [numbers[1], '2019'],
      ]),
    );
    for (const e of enrolments) expect(e).toMatchObject({ toVersion: '2029', enrolledOn: today });
  });
});
