import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEME_TOKENS } from '../../domain/certificate/registration-number';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { Certificate, type CompetencyCertificateRecord } from '../../events/api/certificate';
import {
  allocateCertificate,
  allocateTrainingCertificate,
} from '../../adapters/dynamodb/certificate-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { aTraining } from '../functions/certificate-worker/fixtures';
import { openInExcel } from '../services/exports/spreadsheet';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';

/*
 * The national competency-development record exported per instansi in bulk, through the public API on the
 * local stack: more training certificates than one DynamoDB page (the listing is read 100 at a time), two
 * programmes, the competency certificates in force with their status, and the scope rules of the route (an
 * instansi operator its own instansi, a Kanreg operator the regional governments of its region, BKN all).
 */

const BOGOR = '3201'; // Kabupaten Bogor, Kanreg III
const JATENG = '33'; // Provinsi Jawa Tengah, Kanreg I
const TRAINED = 130;
const nipOf = (i: number) => `19850310201001${String(1000 + i).slice(1)}`.padEnd(18, '1');
const nameOf = (i: number) => `Pegawai ${String(i).padStart(3, '0')} Sêno Đặng, S.Sos.`;

describe('the development record of an instansi, exported in bulk through the API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let programs: { id: string; name: string; startDate: string; endDate: string }[];
  const certified: Record<string, string> = {};
  /** The training certificate numbers, by programme id and NIP. */
  const trainingNumbers = new Map<string, string>();

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: BOGOR });
    for (const [code, body] of [
      [BOGOR, { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
      [JATENG, { name: 'Pemerintah Provinsi Jawa Tengah', kind: 'PROVINSI', kanreg: 'I' }],
    ] as const) {
      expect((await admin('PUT', `/instansi/${code}`, body)).status).toBe(200);
    }
    const today = dateInWib(new Date());
    programs = [];
    for (const [i, name] of [
      'Pelatihan Manajemen ASN (ekspor)',
      'Pelatihan Lanjutan ASN (ekspor)',
    ].entries()) {
      const startDate = addDays(today, 10 + 20 * i);
      const endDate = addDays(startDate, 1);
      const created = await admin('POST', '/programs', {
        ...programBody(-1, 3_600_000, name),
        cohortPlan: [{ number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate, endDate }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      programs.push({ id: created.body.id, name, startDate, endDate });
    }

    // Seeded directly: the training certificates the worker would have issued, 130 of Bogor's in the first
    // programme (more than one page of the listing), 2 in the second, and one of Jawa Tengah's.
    const trainings = [
      ...Array.from({ length: TRAINED }, (_, i) => ({
        program: programs[0]!,
        code: BOGOR,
        nip: nipOf(i),
        i,
      })),
      ...[0, 1].map((i) => ({ program: programs[1]!, code: BOGOR, nip: nipOf(i), i })),
      { program: programs[0]!, code: JATENG, nip: '198803032012011003', i: 999 },
    ];
    // Numbered one after another from the year's register, as the worker numbers them.
    const register = new Date().getUTCFullYear();
    for (const [index, { program, code, nip, i: n }] of trainings.entries()) {
      const training = aTraining({
        programId: program.id,
        nip,
        instansiCode: code,
        participant: { name: nameOf(n), nip, position: 'Analis SDM Aparatur' },
        title: program.name,
        completedOn: program.endDate,
        cohort: 1,
      });
      const number = `${String(index + 1).padStart(4, '0')}/SPL-MASN/${register}`;
      expect(await allocateTrainingCertificate(register, index, { ...training, number })).toBe('ALLOCATED');
      trainingNumbers.set(`${program.id} ${nip}`, number);
    }

    // Two of Bogor's hold a competency certificate of the first programme; the second's is revoked below.
    const year = new Date().getUTCFullYear();
    const token = SCHEME_TOKENS.ADMINISTRATOR;
    const {
      document: _d,
      download: _l,
      ...example
    } = (Certificate.meta()?.examples as (CompetencyCertificateRecord & { download?: unknown })[])[0]!;
    for (const [index, i] of [0, 1].entries()) {
      const registrationNumber = `${String(index + 1).padStart(4, '0')}/SKTM-ASN/${token}/${year}`;
      const nip = nipOf(i);
      expect(
        await allocateCertificate(token, year, index, {
          ...example,
          registrationNumber,
          certificateId: registrationNumber.replaceAll('/', '-'),
          programId: programs[0]!.id,
          nip,
          instansiCode: BOGOR,
          decisionId: `dec_${new Date().toISOString()}_${i}`,
          holder: { name: nameOf(i), nip },
          issuedAt: new Date().toISOString(),
        }),
      ).toBe('ALLOCATED');
      certified[nip] = registrationNumber;
    }
    const revoked = await admin(
      'POST',
      `/certificates/${certified[nipOf(1)]!.replaceAll('/', '-')}/revocation`,
      {
        grounds: [
          { kind: 'DISIPLIN', decisionRef: 'SK Bupati Bogor 862/2028', decidedOn: today, final: true },
        ],
      },
    );
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('the instansi operator downloads every record of its ASN across programmes as a CSV that Indonesian Excel opens as written', async () => {
    // Act
    const response = await bogor('GET', `/instansi/${BOGOR}/development-record?format=csv`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="Pengembangan Kompetensi Pemerintah Kabupaten Bogor.csv"',
    );
    expect([...response.bytes!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = openInExcel(response.bytes!);
    // Every page of the listing: 130 + 2 of Bogor's, none of Jawa Tengah's.
    expect(sheet.rows).toHaveLength(TRAINED + 2);
    expect(new Set(sheet.rows.map((row) => row.kode_instansi!.value))).toEqual(new Set([BOGOR]));
    expect(sheet.rows.map((row) => row.nip!)).toEqual(
      expect.arrayContaining([
        { type: 'text', value: nipOf(0) },
        { type: 'text', value: nipOf(TRAINED - 1) },
      ]),
    );
    const first = sheet.rows.filter((row) => row.nip!.value === nipOf(1));
    const rowOf = (program: (typeof programs)[number], number: string, status: string) => ({
      nip: { type: 'text', value: nipOf(1) },
      nama: { type: 'text', value: nameOf(1) },
      jabatan: { type: 'text', value: 'Analis SDM Aparatur' },
      kode_instansi: { type: 'text', value: BOGOR },
      jenis_pelatihan: { type: 'text', value: 'Teknis' },
      judul_pelatihan: { type: 'text', value: program.name },
      penyelenggara: { type: 'text', value: 'Badan Kepegawaian Negara' },
      tempat: { type: 'text', value: 'Jakarta' },
      angkatan: { type: 'number', value: 1 },
      tanggal_mulai: { type: 'date', value: program.startDate },
      tanggal_selesai: { type: 'date', value: program.endDate },
      tahun: { type: 'number', value: Number(program.endDate.slice(0, 4)) },
      jp: { type: 'number', value: 21 },
      nomor_sertifikat_pelatihan: { type: 'text', value: trainingNumbers.get(`${program.id} ${nipOf(1)}`) },
      nomor_sertifikat_kompetensi: { type: 'text', value: number },
      status_sertifikat_kompetensi: { type: 'text', value: status },
    });
    expect(first).toStrictEqual([
      rowOf(programs[0]!, certified[nipOf(1)]!, 'DICABUT'),
      rowOf(programs[1]!, '', ''),
    ]);
    expect(sheet.rows.find((row) => row.nip!.value === nipOf(0))).toMatchObject({
      status_sertifikat_kompetensi: { value: 'AKTIF' },
    });
  });

  it('?programId= exports one programme, and the JSON carries the same rows', async () => {
    // Act
    const csv = await bogor(
      'GET',
      `/instansi/${BOGOR}/development-record?format=csv&programId=${programs[1]!.id}`,
    );
    const json = await bogor('GET', `/instansi/${BOGOR}/development-record?programId=${programs[1]!.id}`);
    const all = await bogor('GET', `/instansi/${BOGOR}/development-record`);

    // Assess
    expect(openInExcel(csv.bytes!).rows.map((row) => row.nip!.value)).toEqual([nipOf(0), nipOf(1)]);
    expect(json.status, JSON.stringify(json.body)).toBe(200);
    expect(json.body.rows.map((row: { nip: string; programId: string }) => [row.nip, row.programId])).toEqual(
      [
        [nipOf(0), programs[1]!.id],
        [nipOf(1), programs[1]!.id],
      ],
    );
    expect(all.body.rows).toHaveLength(TRAINED + 2);
  });

  it('BKN and the Kanreg of the region export for the instansi; an instansi or Kanreg outside it is told no more than of an unregistered instansi', async () => {
    // Prepare
    const kanregIII = await callerFor(stack, 'kanreg', { kanreg: 'III' });
    const kanregI = await callerFor(stack, 'kanreg', { kanreg: 'I' });
    const jateng = await callerFor(stack, 'instansi', { instansi: JATENG });
    const peserta = await callerFor(stack, 'peserta', { nip: nipOf(0) });
    const path = `/instansi/${BOGOR}/development-record`;

    // Act
    const [byBkn, byRegion, byOtherRegion, byOtherInstansi, byParticipant, unregistered] = await Promise.all([
      admin('GET', path),
      kanregIII('GET', path),
      kanregI('GET', path),
      jateng('GET', path),
      peserta('GET', path),
      admin('GET', '/instansi/9999/development-record'),
    ]);

    // Assess
    expect(byBkn.body.rows).toHaveLength(TRAINED + 2);
    expect(byRegion.body.rows).toStrictEqual(byBkn.body.rows);
    for (const refused of [byOtherRegion, byOtherInstansi]) {
      expect([refused.status, refused.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
      expect(refused.body).toStrictEqual(unregistered.body);
    }
    expect([byParticipant.status, byParticipant.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    // Jawa Tengah's own export holds its one record, not Bogor's.
    const own = await jateng('GET', `/instansi/${JATENG}/development-record`);
    expect(own.body.rows.map((row: { nip: string }) => row.nip)).toEqual(['198803032012011003']);
  });
});
