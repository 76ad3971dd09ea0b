import { describe, expect, it } from 'vitest';
import { checkUpk } from '../../../../domain/assessment/structural/assessors';
import {
  checkMemberQualifications,
  checkUpkAssessors,
  type MemberQualification,
} from '../../../../domain/assessment/structural/qualification';
import { codesOf, d } from '../../shared/helpers';

const DECREE = d('2025-01-15');
const TODAY = d('2025-03-03');
const trained = (date: string) => ({
  certificateNumber: 'PA-2023/001',
  organiser: 'Pusat Penilaian Kompetensi ASN',
  date: d(date),
});
const member = (o: Partial<MemberQualification> = {}): MemberQualification => ({
  nip: '196901011995031001',
  training: trained('2023-09-14'),
  expertise: 'Psikologi industri dan organisasi',
  ...o,
});

describe('a TPK member is an assessor: trained and with technical expertise (Perka BKN 11/2008 Lampiran I.C.3, IV.3)', () => {
  it.each([
    ['trained long before the decree, with an expertise', member(), []],
    ['trained on the day of the decree', member({ training: trained('2025-01-15') }), []],
    ['trained the day after the decree', member({ training: trained('2025-01-16') }), ['training.date']],
    ['never trained', member({ training: undefined }), ['training']],
    ['without a technical expertise', member({ expertise: undefined }), ['expertise']],
    [
      'neither trained nor an expertise',
      member({ training: undefined, expertise: undefined }),
      ['training', 'expertise'],
    ],
  ] as const)('PK-ASESOR-KUALIFIKASI: %s -> %j', (_label, m, fields) => {
    const decision = checkMemberQualifications([member({ nip: '197002021996032002' }), m], DECREE);
    expect(codesOf(decision)).toEqual(fields.map(() => 'PK-ASESOR-KUALIFIKASI'));
    if (!decision.ok) {
      expect(decision.violations.map((v) => v.field)).toEqual(
        fields.map((f) => `members.1.qualification.${f}`),
      );
      expect(decision.violations[0]!.message).toContain(m.nip);
    }
  });
});

describe('a UPK states that its assessors meet the requirements (Perka BKN 11/2008 Lampiran I.C.3)', () => {
  it.each([
    ['stated today', { declared: true, declaredOn: TODAY }, []],
    ['stated tomorrow', { declared: true, declaredOn: d('2025-03-04') }, ['assessorStatement.declaredOn']],
    ['not stated', { declared: false, declaredOn: TODAY }, ['assessorStatement.declared']],
    ['no statement at all', undefined, ['assessorStatement.declared']],
  ] as const)('PK-ASESOR-KUALIFIKASI: %s -> %j', (_label, statement, fields) => {
    const decision = checkUpkAssessors(statement, TODAY);
    expect(codesOf(decision)).toEqual(fields.map(() => 'PK-ASESOR-KUALIFIKASI'));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
  });

  it('PK-ASESOR-KUALIFIKASI: checkUpk lists a missing statement with every other unmet rule', () => {
    const upk = {
      basis: { kind: 'UPK_SENDIRI', date: d('2025-03-04') } as const,
      independence: { declared: true, declaredOn: TODAY },
    };
    expect(codesOf(checkUpk('4011', upk, TODAY))).toEqual(['PK-UPK-DASAR', 'PK-ASESOR-KUALIFIKASI']);
  });
});
