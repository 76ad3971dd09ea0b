import { describe, expect, it } from 'vitest';
import { checkAssessmentTeam, type TeamMember } from '../../../../domain/assessment/structural/team';
import { codesOf } from '../../shared/helpers';

const team = (size: number, psychologists: number): TeamMember[] =>
  Array.from({ length: size }, (_, i) => ({ nip: `ASR-${i}`, isPsychologist: i < psychologists }));

describe('assessment team, TPK (Perka BKN 11/2008 Lampiran II.A.4-6)', () => {
  it.each([
    [4, 2, ['TPK-MIN-5-ASESOR'], '4 assessors are too few'],
    [5, 2, [], '5 assessors with 2 psychologists'],
    [6, 2, ['TPK-GANJIL'], '6 assessors is even'],
    [7, 2, [], '7 assessors is odd'],
    [8, 3, ['TPK-GANJIL'], '8 assessors is even'],
    [9, 2, [], '9 assessors is odd'],
    [5, 1, ['TPK-MIN-2-PSIKOLOG'], 'only 1 psychologist'],
    [4, 1, ['TPK-MIN-5-ASESOR', 'TPK-MIN-2-PSIKOLOG'], 'both too few'],
  ])(
    'TPK-MIN-5-ASESOR / TPK-MIN-2-PSIKOLOG / TPK-GANJIL: %i assessors, %i psychologists -> %j (%s)',
    (size, psy, codes) => {
      expect(codesOf(checkAssessmentTeam({ members: team(size, psy), establishedByPpk: true }))).toEqual(
        codes,
      );
    },
  );

  it('TPK-MIN-5-ASESOR: a member listed twice counts once', () => {
    const members = [...team(4, 2), { nip: 'ASR-0', isPsychologist: true }];
    expect(codesOf(checkAssessmentTeam({ members, establishedByPpk: true }))).toEqual(['TPK-MIN-5-ASESOR']);
  });

  it('TPK-DITETAPKAN-PPK: the team is established by the Pejabat Pembina Kepegawaian', () => {
    expect(codesOf(checkAssessmentTeam({ members: team(5, 2), establishedByPpk: false }))).toEqual([
      'TPK-DITETAPKAN-PPK',
    ]);
  });
});
