import { describe, expect, it } from 'vitest';
import { fileAppeal, type Appeal, type AppealContext } from '../../../domain/assessment/appeal';
import { codesOf, named, NIP_A, NIP_B } from '../shared/helpers';

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
