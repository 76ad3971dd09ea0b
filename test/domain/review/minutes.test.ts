import { describe, expect, it } from 'vitest';
import {
  minutesContent,
  minutesStatus,
  signerViolations,
  type SessionRecord,
} from '../../../domain/review/minutes';

const session = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  programId: 'prg_1',
  cohort: 3,
  scheme: 'ADMINISTRATOR',
  testDate: '2027-07-30',
  place: { name: 'Pusbang ASN', address: 'Jl. Raya Bogor' },
  participants: [
    { nip: '2', name: 'Rina', present: false },
    { nip: '1', name: 'Dewi', present: true },
  ],
  team: [
    { username: 'asesor.sari', name: 'Sari', role: 'asesor' },
    { username: 'asesor.budi', name: 'Budi', role: 'asesor' },
    { username: 'asesor.joko', name: 'Joko', role: 'asesor' },
    { username: 'pakar.ani', name: 'Ani', role: 'pakar' },
  ],
  recordedBy: new Set(['asesor.sari', 'asesor.budi', 'pakar.ani']),
  units: ['U2', 'U1', 'U2'],
  methods: ['WAWANCARA', 'PORTOFOLIO', 'WAWANCARA'],
  ...overrides,
});

describe('berita acara of a test session (Perban BKN 7/2020 Pasal 30(2)n)', () => {
  it('is drawn from the records: present and absent participants, the members who took part, units and methods', () => {
    const content = minutesContent(session());
    expect(content).toStrictEqual({
      programId: 'prg_1',
      cohort: 3,
      scheme: 'ADMINISTRATOR',
      testDate: '2027-07-30',
      place: { name: 'Pusbang ASN', address: 'Jl. Raya Bogor' },
      units: ['U1', 'U2'],
      methods: ['PORTOFOLIO', 'WAWANCARA'],
      participants: {
        present: [{ nip: '1', name: 'Dewi', present: true }],
        absent: [{ nip: '2', name: 'Rina', present: false }],
      },
      assessors: [
        { username: 'asesor.budi', name: 'Budi', role: 'asesor' },
        { username: 'asesor.sari', name: 'Sari', role: 'asesor' },
      ],
      experts: [{ username: 'pakar.ani', name: 'Ani', role: 'pakar' }],
    });
  });

  it('is the same content whatever order the records were read in', () => {
    const reordered = session({
      participants: [...session().participants].reverse(),
      team: [...session().team].reverse(),
      units: ['U1', 'U2'],
    });
    expect(JSON.stringify(minutesContent(reordered))).toBe(JSON.stringify(minutesContent(session())));
  });

  const content = minutesContent(session());
  const sig = (username: string, contentHash = 'h1') => ({ username, signedAt: 't', contentHash });

  it.each([
    ['nobody signed', [], false, ['asesor.budi', 'asesor.sari']],
    ['one of the two signed', [sig('asesor.budi')], false, ['asesor.sari']],
    ['both signed the current content', [sig('asesor.budi'), sig('asesor.sari')], true, []],
    ['one signed an earlier content', [sig('asesor.budi'), sig('asesor.sari', 'h0')], false, ['asesor.sari']],
    [
      'a member who took no part signed: it does not count',
      [sig('asesor.budi'), sig('asesor.joko')],
      false,
      ['asesor.sari'],
    ],
  ] as const)(
    'is complete only when every assessor who took part signed the current content: %s',
    (_c, signatures, complete, awaiting) => {
      const status = minutesStatus(content, 'h1', signatures);
      expect([status.complete, status.awaiting]).toEqual([complete, awaiting]);
      expect(status.signed.every((s) => s.contentHash === 'h1')).toBe(true);
    },
  );

  it('is never complete when no assessor took part', () => {
    const empty = minutesContent(session({ recordedBy: new Set() }));
    expect(minutesStatus(empty, 'h1', []).complete).toBe(false);
  });

  it.each([
    ['an assessor who recorded', 'asesor.budi', 'minutes', []],
    [
      'an assessor of the team who recorded nothing',
      'asesor.joko',
      'minutes',
      ['BERITA-ACARA-ASESOR-TERLIBAT'],
    ],
    [
      'an expert who recorded (experts do not sign)',
      'pakar.ani',
      'minutes',
      ['BERITA-ACARA-ASESOR-TERLIBAT'],
    ],
    ['an assessor who recorded, reporting', 'asesor.sari', 'report', []],
    ['an assessor who recorded nothing, reporting', 'asesor.joko', 'report', ['LAPORAN-ASESOR-TERLIBAT']],
  ] as const)('BERITA-ACARA-ASESOR-TERLIBAT, LAPORAN-ASESOR-TERLIBAT: %s', (_c, username, what, expected) => {
    expect(signerViolations(content, username, what).map((v) => v.code)).toEqual(expected);
  });
});
