import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structuralCandidateKey, structuralTpkKey } from '../../adapters/dynamodb/keys';
import { runDemo } from '../../tools/demo/demo';
import { RENOMINATION_DAYS, STRUCTURAL_DAYS } from '../../tools/demo/structural-scenario';
import { formatSummary, type DemoReport } from '../../tools/demo/summary';
import type { LocalStack } from '../../tools/local/local-stack';
import { startTestStack } from './helpers';

/**
 * The demo's second scenario alone (`npm run demo -- --scenario structural`): the structural-position assessment
 * of Perka BKN 11/2008 played through the API by four instansi's officials on its 2025 days, then read back and
 * its invariants checked. The same stage the full demo plays after the 2019 programme.
 */
describe('the demo structural-position scenario (Perka BKN 11/2008), played alone', () => {
  let stack: LocalStack;
  let report: DemoReport;
  const lines: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2025-01-06' } });
    report = await runDemo(stack, {
      scenarios: ['structural'],
      concurrency: 8,
      log: (line) => lines.push(line),
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps every structural invariant', () => {
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.invariants.map((i) => i.name)).toEqual([
      expect.stringContaining('determined by the PPK first'),
      expect.stringContaining('every TPK has at least 5 assessors'),
      expect.stringContaining('of the kind the PPK determined'),
      expect.stringContaining("every plan meets its echelon's minimum methods"),
      'structural: no TPK plan uses the assessment center',
      expect.stringContaining('no candidate lost'),
      expect.stringContaining('no official of another instansi'),
      expect.stringContaining('a letter the PNS received 6 working days before'),
      expect.stringContaining('every competency of the registered standard'),
      'structural: no result listed as BERLAKU after its 2 years ran out',
      "structural: no report read by another instansi's PPK or Baperjakat",
      expect.stringContaining('earlier nomination still readable (?nomination=1'),
      expect.stringContaining('current nomination has the number the scenario expects'),
      'structural: no NIP has two nominations holding at once across the instansi',
      expect.stringContaining('whose nomination had not ended was refused with the expected code'),
      'every answer as the scenario expected',
    ]);
    expect(report.ok).toBe(true);
  });

  it('plays each step on its 2025 or 2027 day, in date order, each instansi in its lane', () => {
    const days = lines.filter((l) => /^ {2}\d{4}-\d{2}-\d{2}: /.test(l)).map((l) => l.trim());
    expect(days).toEqual([
      `${STRUCTURAL_DAYS.positions}: jabatan dan standar kompetensi (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.units}: UPK dicatat (KL002, 11, 1101)`,
      `${STRUCTURAL_DAYS.teams}: TPK dibentuk PPK (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.candidates}: calon lulus seleksi dicatat (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.proposals}: usulan kepada PPK (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.determinations}: penetapan PPK (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.handovers}: penyerahan kepada UPK/TPK (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.plans}: rencana dan metode penilaian (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.notices}: surat pemberitahuan (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.receipts}: surat diterima (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.lateReceipt}: surat diterima terlambat (1201)`,
      // Each instansi the day after its last day of assessment.
      '2025-03-12: hasil penilaian (KL002)',
      '2025-03-14: hasil penilaian (11, 1101, 1201)',
      `${STRUCTURAL_DAYS.newReceipt}: surat baru diterima (1201)`,
      `${STRUCTURAL_DAYS.reports}: laporan kepada PPK (KL002, 11, 1101, 1201)`,
      `${STRUCTURAL_DAYS.feedback}: umpan balik PPK (11, 1201)`,
      `${STRUCTURAL_DAYS.newAssessment}: penilaian pada tanggal baru (1201)`,
      `${STRUCTURAL_DAYS.positionResults}: hasil per jabatan (Baperjakat) (KL002, 11, 1101, 1201)`,
      // 2027: KL002 nominates again the PNS its PPK did not determine, 1101 the one who moved from 1201.
      `${RENOMINATION_DAYS.candidates}: pencalonan ulang (KL002, 1101)`,
      `${RENOMINATION_DAYS.refusals}: pencalonan ulang ditolak (KL002, 1201); usulan kepada PPK (KL002, 1101)`,
      `${RENOMINATION_DAYS.determinations}: penetapan PPK (KL002, 1101)`,
      `${RENOMINATION_DAYS.handovers}: penyerahan kepada UPK/TPK (KL002, 1101); rencana dan metode penilaian (KL002, 1101); surat pemberitahuan (KL002, 1101)`,
      `${RENOMINATION_DAYS.receipts}: surat diterima (KL002, 1101)`,
      `${RENOMINATION_DAYS.reports}: hasil penilaian (KL002, 1101); laporan kepada PPK (KL002, 1101)`,
    ]);
  });

  it('counts the cases the regulation names: UPK of each basis, TPK refused for composition, echelon II-IV, a plan refused', () => {
    expect(report.counts).toEqual({
      'instansi terdaftar': 4,
      'struktural: instansi': 4,
      'struktural: jabatan dan standar kompetensi dicatat (eselon II)': 4,
      'struktural: jabatan dan standar kompetensi dicatat (eselon III)': 5,
      'struktural: jabatan dan standar kompetensi dicatat (eselon IV)': 4,
      'struktural: UPK dicatat (FASILITASI_BKN)': 1,
      'struktural: UPK dicatat (UPK_SENDIRI)': 1,
      'struktural: UPK dicatat (UPK_LAIN)': 1,
      'struktural: TPK ditolak (TPK-GANJIL)': 1,
      'struktural: TPK ditolak (TPK-MIN-2-PSIKOLOG)': 1,
      'struktural: TPK dibentuk PPK': 4,
      'struktural: calon lulus seleksi dicatat': 15,
      'struktural: calon diusulkan kepada PPK': 17,
      'struktural: ditetapkan PPK, eselon II oleh UPK': 4,
      'struktural: ditetapkan PPK, eselon III oleh UPK': 1,
      'struktural: ditetapkan PPK, eselon III oleh TPK': 4,
      'struktural: ditetapkan PPK, eselon IV oleh TPK': 6,
      'struktural: tidak ditetapkan PPK': 2,
      'struktural: penilaian diserahkan kepada UPK': 5,
      'struktural: penilaian diserahkan kepada TPK': 10,
      'struktural: rencana ditolak (PK-METODE-ESELON-III)': 1,
      'struktural: rencana penilaian dicatat': 15,
      // 13 letters in 2025, one received too late for its date, replaced by a new one received in time; 2 in 2027.
      'struktural: surat pemberitahuan diterbitkan': 16,
      'struktural: surat diterima tepat waktu': 15,
      'struktural: surat diterima terlambat': 1,
      'struktural: hasil ditolak (PK-DINILAI-SESUAI-PEMBERITAHUAN, PK-PEMBERITAHUAN-6-HARI-KERJA)': 1,
      // Every method of the 13 plans of 2025: 5 UPK plans of 2 methods, 4 echelon III TPK plans of 3, 4 echelon IV
      // of 2 (one 3); then the 2 echelon IV plans of 2027, of 2 and of 3.
      'struktural: hasil metode dicatat asesor': 36,
      'struktural: laporan kepada PPK (MEMENUHI_SYARAT)': 11,
      'struktural: laporan kepada PPK (MASIH_MEMENUHI_SYARAT)': 4,
      'struktural: umpan balik PPK': 2,
      // Two years on, the one report sent before the others has run out (II.B.5).
      'struktural: hasil BERLAKU menurut Baperjakat': 12,
      'struktural: hasil KEDALUWARSA menurut Baperjakat': 1,
      'struktural: dicalonkan lagi oleh instansi yang sama': 1,
      'struktural: dicalonkan oleh instansi lain (pindah)': 1,
      'struktural: pencalonan ulang ditolak (PK-PENCALONAN-BERAKHIR)': 1,
      'struktural: pencalonan ulang ditolak (PK-SATU-PENCALONAN)': 1,
    });
    expect(report.structural).toEqual({
      instansi: 4,
      // The listings' current nominations: the PNS who moved listed by both instansi, KL002's determined in 2027.
      candidates: 16,
      notDetermined: 1,
      upks: 3,
      tpks: 4,
      byEchelon: [
        { echelon: 'II', upk: 4, tpk: 0, planned: 4 },
        { echelon: 'III', upk: 1, tpk: 4, planned: 5 },
        { echelon: 'IV', upk: 0, tpk: 6, planned: 6 },
      ],
      notices: 16,
      lateNotices: 1,
      results: 36,
      reports: 15,
      // Read on 2 April 2027: the 13 reports of March 2025 have run out, the 2 of 2027 hold.
      valid: 2,
      expired: 13,
      renominations: { sameInstansi: 1, otherInstansi: 1, refused: 2 },
    });
    const summary = formatSummary(report).join('\n');
    expect(summary).toContain(
      'Penilaian kompetensi jabatan struktural (Perka BKN 11/2008): 4 instansi, 3 UPK, 4 TPK, 16 calon, 1 tidak ditetapkan PPK',
    );
    expect(summary).toMatch(/ {2}II {6} +4 +0 +4\n/);
    expect(summary).toContain(
      '16 surat pemberitahuan (1 diterima terlambat), 36 hasil metode, 15 laporan kepada PPK; menurut Baperjakat 2 berlaku, 13 kedaluwarsa',
    );
    expect(summary).toContain(
      'pencalonan ulang: 1 oleh instansi yang sama, 1 oleh instansi lain (pindah), 2 ditolak karena pencalonan belum berakhir',
    );
  });

  it('reports a broken invariant: a TPK left with an even number of assessors, an echelon III plan without case analysis or presentation', async () => {
    const db = DynamoDBDocumentClient.from(stack.clients.dynamodb);
    const table = stack.resources.table;
    const baperjakat = await stack.authority.mint({
      role: 'baperjakat',
      sub: 'demo-structural-test',
      username: 'baperjakat.test',
      instansi: 'KL002',
    });
    const read = async (path: string) =>
      (await (
        await fetch(`${stack.baseUrl}/structural/instansi/KL002/${path}`, {
          headers: { authorization: `Bearer ${baperjakat}` },
        })
      ).json()) as { items: { id: string; nip: string; plan?: unknown; handover?: { assessor: string } }[] };
    // The 7 assessors of KL002's TPK, one struck off behind the API's back.
    const [tpk] = (await read('tpk')).items;
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: structuralTpkKey('KL002', tpk!.id),
        UpdateExpression: 'REMOVE members[6]',
      }),
    );
    // The echelon III candidate the TPK assesses, planned without case analysis.
    const third = (await read('candidates')).items.find((c) => c.handover?.assessor === 'TPK' && c.plan)!;
    const key = structuralCandidateKey('KL002', third.nip);
    const stored = (await db.send(new GetCommand({ TableName: table, Key: key }))).Item!;
    expect(stored.determination.echelon).toBe('III');
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: 'SET #plan.methods = :methods',
        ExpressionAttributeNames: { '#plan': 'plan' },
        ExpressionAttributeValues: { ':methods': ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI'] },
      }),
    );

    const broken = (await report.recheck()).filter((i) => !i.ok);
    expect(broken.map((i) => i.name)).toEqual([
      expect.stringContaining('every TPK has at least 5 assessors'),
      expect.stringContaining("every plan meets its echelon's minimum methods"),
    ]);
    expect(broken[0]!.details).toEqual([expect.stringMatching(/^KL002 tpk_\S+: TPK-GANJIL /)]);
    expect(broken[1]!.details).toEqual([
      expect.stringMatching(new RegExp(`^KL002 ${third.nip}: PK-METODE-ESELON-III `)),
    ]);
  });
});
