import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDERTAKING } from '../../domain/certificate/undertaking';
import { SCHEME_TOKENS } from '../../domain/certificate/registration-number';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { Certificate, type CompetencyCertificateRecord } from '../../events/api/certificate';
import { allocateCertificate } from '../../adapters/dynamodb/certificate-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';

/*
 * Maintaining certificates through the public API (Perban BKN 7/2020 Pasal 35(1)-(2), (4)-(6), 36(2)-(3)): BKN and
 * the Kanreg of the holder's region record monitoring, issue development recommendations and track them, a
 * violation found is referred to the existing revocation, and the holder signs the undertaking.
 */

const today = dateInWib(new Date());
const DISTRICT = {
  code: '3271',
  name: 'Pemerintah Kota Bogor',
  kind: 'KABUPATEN_KOTA',
  kanreg: 'III',
} as const;
const HOLDER = { nip: '198901012015011001', name: 'Sinta Maharani, S.Psi.' };
const OTHER = { nip: '199002022016012002', name: 'Yusuf Hidayat, S.T.' };

const example = (
  Certificate.meta()?.examples as (CompetencyCertificateRecord & Record<string, unknown>)[]
)[0]!;

let stack: LocalStack;
let admin: Caller;
let kanreg: Caller;
let foreignKanreg: Caller;
let holder: Caller;
let instansi: Caller;
let komite: Caller;
const ids = {} as Record<'holder' | 'other', string>;

/** Issues a certificate straight into the register, as the worker would, issued 30 days ago. */
async function issue(asn: { nip: string; name: string }, sequence: number): Promise<string> {
  const year = new Date().getUTCFullYear();
  const token = SCHEME_TOKENS.ADMINISTRATOR;
  const registrationNumber = `${String(sequence).padStart(4, '0')}/SKTM-ASN/${token}/${year}`;
  const { document: _d, download: _l, credential: _c, undertaking: _u, ...certificate } = example;
  const at = new Date().toISOString();
  expect(
    await allocateCertificate(token, year, sequence - 1, {
      ...certificate,
      registrationNumber,
      certificateId: registrationNumber.replaceAll('/', '-'),
      nip: asn.nip,
      instansiCode: DISTRICT.code,
      decisionId: `dec_${at}_${sequence}`,
      holder: asn,
      issuedOn: addDays(today, -30),
      issuedAt: at,
    }),
  ).toBe('ALLOCATED');
  return registrationNumber.replaceAll('/', '-');
}

const monitoring = (o: Record<string, unknown> = {}) => ({
  method: 'PEMANTAUAN_LANGSUNG',
  observedOn: addDays(today, -1),
  findings: 'Rencana kebutuhan ASN disusun tepat waktu sesuai standar.',
  sources: ['Observasi rapat perencanaan di BKPSDM'],
  ...o,
});

beforeAll(async () => {
  stack = await startTestStack({ workers: false });
  admin = await callerFor(stack, 'admin-bkn', { username: 'admin.pemeliharaan' });
  const { code, ...instansiBody } = DISTRICT;
  expect((await admin('PUT', `/instansi/${code}`, instansiBody)).status).toBeLessThan(300);
  // A Kanreg acts only where it covers a registered instansi: Kanreg I covers another province.
  const province = { name: 'Pemerintah Provinsi Jawa Tengah', kind: 'PROVINSI', kanreg: 'I' };
  expect((await admin('PUT', '/instansi/33', province)).status).toBeLessThan(300);
  kanreg = await callerFor(stack, 'kanreg', { username: 'kanreg3.pemantau', kanreg: 'III' });
  foreignKanreg = await callerFor(stack, 'kanreg', { username: 'kanreg1.pemantau', kanreg: 'I' });
  holder = await callerFor(stack, 'peserta', { nip: HOLDER.nip, instansi: DISTRICT.code });
  instansi = await callerFor(stack, 'instansi', { instansi: DISTRICT.code });
  komite = await callerFor(stack, 'komite');
  ids.holder = await issue(HOLDER, 1);
  ids.other = await issue(OTHER, 2);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('monitoring of holders (Pasal 35(1), (6))', () => {
  it('PANTAU-METODE: BKN and the Kanreg of the holder’s region record monitoring; listed per holder and per instansi, oldest first', async () => {
    const byBkn = await admin('POST', `/certificates/${ids.holder}/monitoring`, monitoring());
    expect(byBkn.status, JSON.stringify(byBkn.body)).toBe(201);
    expect(byBkn.body.by).toEqual({ role: 'BKN', username: 'admin.pemeliharaan' });
    const byKanreg = await kanreg(
      'POST',
      `/certificates/${ids.holder}/monitoring`,
      monitoring({
        method: 'METODE_LAIN',
        methodDescription: 'Survei umpan balik 360 derajat dari rekan kerja',
      }),
    );
    expect(byKanreg.status, JSON.stringify(byKanreg.body)).toBe(201);
    expect(byKanreg.body.by).toEqual({ role: 'KANREG', kanreg: 'III', username: 'kanreg3.pemantau' });

    const forHolder = await holder('GET', `/certificates/${ids.holder}/surveillance`);
    expect(forHolder.status).toBe(200);
    expect(forHolder.body.monitoring.map((m: { id: string }) => m.id)).toEqual([
      byBkn.body.id,
      byKanreg.body.id,
    ]);
    for (const reader of [instansi, komite, kanreg]) {
      const forInstansi = await reader('GET', `/instansi/${DISTRICT.code}/surveillance`);
      expect(forInstansi.status).toBe(200);
      expect(forInstansi.body.monitoring.map((m: { nip: string }) => m.nip)).toEqual([
        HOLDER.nip,
        HOLDER.nip,
      ]);
    }
  });

  it('PANTAU-METODE, PANTAU-TANGGAL: another method undescribed, dated before issue and after today, all refused at once', async () => {
    const response = await admin(
      'POST',
      `/certificates/${ids.holder}/monitoring`,
      monitoring({ method: 'METODE_LAIN', observedOn: addDays(today, 1) }),
    );
    expect(response.status).toBe(422);
    expect(response.body.details.map((v: { code: string }) => v.code)).toEqual([
      'PANTAU-METODE',
      'PANTAU-TANGGAL',
    ]);
    const early = await admin(
      'POST',
      `/certificates/${ids.holder}/monitoring`,
      monitoring({ observedOn: addDays(today, -31) }),
    );
    expect(early.body.details.map((v: { code: string }) => v.code)).toEqual(['PANTAU-TANGGAL']);
  });

  it('a Kanreg of another region does not reach the holder: answered as a certificate nobody has', async () => {
    const response = await foreignKanreg('POST', `/certificates/${ids.holder}/monitoring`, monitoring());
    expect(response.status).toBe(404);
  });
});

describe('development recommendations (Pasal 35(2), (4), (5))', () => {
  it('REKOM-KESENJANGAN, REKOM-JENJANG, REKOM-UNIT: to a holder, only units not yet mastered or of the level above', async () => {
    const path = `/certificates/${ids.holder}/recommendations`;
    const base = { form: 'PEMBIMBINGAN', note: 'Pembimbingan tiga bulan oleh pejabat pengelola jabatan.' };
    const gap = await admin('POST', path, {
      ...base,
      purpose: 'MENGISI_KESENJANGAN',
      unitCodes: ['MASN-ADM-03'],
    });
    expect(gap.status, JSON.stringify(gap.body)).toBe(201);
    expect(gap.body).toMatchObject({ status: 'DITERBITKAN', to: { kind: 'PEMEGANG', nip: HOLDER.nip } });
    const refused = await admin('POST', path, {
      ...base,
      purpose: 'MENGISI_KESENJANGAN',
      unitCodes: ['MASN-ADM-01', 'MASN-XYZ-99'],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((v: { code: string }) => v.code)).toEqual([
      'REKOM-UNIT',
      'REKOM-KESENJANGAN',
    ]);
    const higher = await admin('POST', path, {
      ...base,
      purpose: 'JENJANG_LEBIH_TINGGI',
      unitCodes: ['MASN-ADM-03'],
    });
    expect(higher.body.details.map((v: { code: string }) => v.code)).toEqual(['REKOM-JENJANG']);
  });

  it('REKOM-DASAR, REKOM-STATUS: to an instansi on its holders’ monitoring; followed up, then done, one step at a time', async () => {
    const listed = await admin('GET', `/certificates/${ids.holder}/surveillance`);
    const basis = listed.body.monitoring[0].id as string;
    const otherRecord = await admin('POST', `/certificates/${ids.other}/monitoring`, monitoring());
    const path = `/instansi/${DISTRICT.code}/recommendations`;
    const body = {
      form: 'SEMINAR_LOKAKARYA',
      purpose: 'MENGISI_KESENJANGAN',
      unitCodes: ['MASN-ADM-08'],
      note: 'Lokakarya pengembangan sistem penilaian kompetensi bagi BKPSDM.',
      monitoringIds: [basis, otherRecord.body.id],
    };
    const issued = await kanreg('POST', path, body);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const unknown = await kanreg('POST', path, {
      ...body,
      monitoringIds: ['mon_2020-01-01T00:00:00.000Z_00000000'],
    });
    expect(unknown.body.details.map((v: { code: string }) => v.code)).toEqual(['REKOM-DASAR']);
    const toHolderOnOthers = await admin('POST', `/certificates/${ids.holder}/recommendations`, {
      ...body,
      monitoringIds: [otherRecord.body.id],
    });
    expect(toHolderOnOthers.body.details.map((v: { code: string }) => v.code)).toEqual(['REKOM-DASAR']);

    const progress = `/development-recommendations/${issued.body.id}/progress`;
    const skipped = await admin('POST', progress, { status: 'SELESAI', note: 'Selesai dilaksanakan.' });
    expect(skipped.status).toBe(422);
    expect(skipped.body.details.map((v: { code: string }) => v.code)).toEqual(['REKOM-STATUS']);
    const followed = await admin('POST', progress, { status: 'DITINDAKLANJUTI', note: 'Dijadwalkan Maret.' });
    expect(followed.body.status).toBe('DITINDAKLANJUTI');
    const done = await admin('POST', progress, { status: 'SELESAI', note: 'Lokakarya terlaksana.' });
    expect(done.body.history.map((h: { status: string }) => h.status)).toEqual([
      'DITERBITKAN',
      'DITINDAKLANJUTI',
      'SELESAI',
    ]);
    const forInstansi = await instansi('GET', `/instansi/${DISTRICT.code}/surveillance`);
    expect(
      forInstansi.body.recommendations.map((r: { to: { kind: string }; status: string }) => [
        r.to.kind,
        r.status,
      ]),
    ).toEqual([
      ['PEMEGANG', 'DITERBITKAN'],
      ['INSTANSI', 'SELESAI'],
    ]);
  });
});

describe('the undertaking of Pasal 36(2)', () => {
  it('JANJI-VERSI-TEKS: the certificate says it is unsigned; the holder signs the text in force once, with its time', async () => {
    const before = await holder('GET', `/certificates/${ids.holder}`);
    expect(before.body.undertaking).toMatchObject({ textVersion: UNDERTAKING.version, signed: false });
    const wrong = await holder('POST', `/certificates/${ids.holder}/undertaking`, {
      textVersion: '1999-1',
      accepted: true,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.details.map((v: { code: string }) => v.code)).toEqual(['JANJI-VERSI-TEKS']);
    const signed = await holder('POST', `/certificates/${ids.holder}/undertaking`, {
      textVersion: UNDERTAKING.version,
      accepted: true,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.undertaking).toMatchObject({
      signed: true,
      signature: { textVersion: UNDERTAKING.version, signedOn: today },
    });
    const again = await holder('POST', `/certificates/${ids.holder}/undertaking`, {
      textVersion: UNDERTAKING.version,
      accepted: true,
    });
    expect(again.body.undertaking.signature).toEqual(signed.body.undertaking.signature);
    const seen = await admin('GET', `/certificates/${ids.holder}`);
    expect(seen.body.undertaking.signed).toBe(true);
  });

  it('only the holder signs: another participant does not reach the certificate', async () => {
    const stranger = await callerFor(stack, 'peserta', { nip: OTHER.nip, instansi: DISTRICT.code });
    const response = await stranger('POST', `/certificates/${ids.holder}/undertaking`, {
      textVersion: UNDERTAKING.version,
      accepted: true,
    });
    expect(response.status).toBe(404);
  });
});

describe('a violation found while monitoring leads to revocation through the existing route (Pasal 36(3))', () => {
  it('PANTAU-RUJUK-CABUT: a record without the violation is refused; the one that found it is cited and names the revocation', async () => {
    const plain = await admin('GET', `/certificates/${ids.other}/surveillance`);
    const ground = {
      kind: 'DISIPLIN',
      decisionRef: 'SK Wali Kota Bogor 862/Kpts/2026',
      decidedOn: addDays(today, -2),
      final: true,
    };
    const refused = await admin('POST', `/certificates/${ids.other}/revocation`, {
      grounds: [ground],
      monitoringId: plain.body.monitoring[0].id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((v: { code: string }) => v.code)).toEqual(['PANTAU-RUJUK-CABUT']);

    const finding = await admin(
      'POST',
      `/certificates/${ids.other}/monitoring`,
      monitoring({
        method: 'PENELAAHAN_DATA_SEKUNDER',
        violation: { kind: 'DISIPLIN', description: 'Hukuman disiplin berat menurut SK Wali Kota.' },
      }),
    );
    expect(finding.status).toBe(201);
    const revoked = await admin('POST', `/certificates/${ids.other}/revocation`, {
      grounds: [ground],
      monitoringId: finding.body.id,
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body.status).toBe('DICABUT');
    expect(revoked.body.revocation.monitoringId).toBe(finding.body.id);
    const after = await admin('GET', `/certificates/${ids.other}/surveillance`);
    const cited = after.body.monitoring.find((m: { id: string }) => m.id === finding.body.id);
    expect(cited.revocation).toEqual({
      registrationNumber: revoked.body.registrationNumber,
      revokedOn: today,
    });

    const late = await admin('POST', `/certificates/${ids.other}/monitoring`, monitoring());
    expect(late.body.details.map((v: { code: string }) => v.code)).toEqual(['PANTAU-SERTIFIKAT-BERLAKU']);
  });
});
