import { describe, expect, it } from 'vitest';
import {
  fileAppeal,
  openCase,
  type Appeal,
  type AppealContext,
  type Filing,
} from '../../../domain/assessment/appeal';
import { codesOf, named, NIP_A, NIP_B, valueOf } from '../shared/helpers';

const context: AppealContext = { participantNip: NIP_A, resultDecided: true, decidedUnitCodes: ['U1', 'U2'] };
const appeal = (o: Partial<Appeal> = {}): Appeal => ({
  subject: 'HASIL',
  appellantNip: NIP_A,
  grounds: 'Bukti portofolio unit U2 tidak dipertimbangkan.',
  unitCodes: ['U2'],
  ...o,
});

describe('appeals (Perban BKN 7/2020 Pasal 25h, 36(1)d)', () => {
  it('the participant may appeal a decided result with grounds', () => {
    expect(fileAppeal(appeal(), context).ok).toBe(true);
  });

  it.each(
    named<[Appeal, AppealContext]>([
      ['someone else appeals', [appeal({ appellantNip: NIP_B }), context], ['BANDING-OLEH-PESERTA']],
      [
        'the result is not decided yet',
        [appeal(), { ...context, resultDecided: false }],
        ['BANDING-ADA-KEPUTUSAN'],
      ],
      ['no grounds', [appeal({ grounds: '  ' }), context], ['BANDING-ALASAN']],
      ['no unit named', [appeal({ unitCodes: [] }), context], ['BANDING-ALASAN']],
      ['a unit outside the result', [appeal({ unitCodes: ['U9'] }), context], ['BANDING-ALASAN']],
      [
        'a process complaint before the result',
        [appeal({ subject: 'PROSES', unitCodes: [] }), { ...context, resultDecided: false }],
        [],
      ],
    ]),
  )('%s: %s', (_title, _label, [a, ctx], codes) => {
    expect(codesOf(fileAppeal(a, ctx))).toEqual(codes);
  });
});

describe('one open case per decision (BANDING-SATU-TERBUKA)', () => {
  const filing: Filing = {
    subject: 'HASIL',
    grounds: 'Bukti U2 tidak dipertimbangkan.',
    unitCodes: ['U2', 'U1'],
  };
  const open = { ...filing, appealId: 'bdg_1' };

  it('a filing against a decision with no open case is a new case', () => {
    expect(valueOf(openCase(filing, undefined))).toBe('NEW');
  });

  it.each([
    ['sent again as it was', filing],
    ['sent again with its units in another order and repeated', { ...filing, unitCodes: ['U1', 'U2', 'U1'] }],
    ['sent again with spaces around the grounds', { ...filing, grounds: ` ${filing.grounds} ` }],
  ])('the open case %s is the same case (a retry)', (_, again) => {
    expect(valueOf(openCase(again, open))).toBe('SAME');
  });

  it.each(
    named<Filing>([
      [
        'a process complaint while a result appeal is open',
        { subject: 'PROSES', grounds: filing.grounds, unitCodes: [] },
        ['BANDING-SATU-TERBUKA'],
      ],
      ['other grounds', { ...filing, grounds: 'Asesor tidak hadir.' }, ['BANDING-SATU-TERBUKA']],
      ['one unit more', { ...filing, unitCodes: ['U1', 'U2', 'U3'] }, ['BANDING-SATU-TERBUKA']],
      ['one unit fewer', { ...filing, unitCodes: ['U1'] }, ['BANDING-SATU-TERBUKA']],
    ]),
  )('%s: %s is refused while the case is open', (_title, _label, again, codes) => {
    const verdict = openCase(again, open);
    expect(codesOf(verdict)).toEqual(codes);
    expect(verdict.ok ? '' : verdict.violations[0]!.message).toContain('bdg_1');
  });
});
