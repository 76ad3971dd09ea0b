import { describe, expect, it } from 'vitest';
import {
  certificateForDecision,
  inForceAfter,
  type DecisionChange,
  type DecisionRef,
  type HeldCertificate,
} from '../../../domain/certificate/decision-change';

const D1: DecisionRef = { decisionId: 'd1', outcome: 'KOMPETEN', supersededBy: 'd2' };
const kompeten = (id: string, supersededBy?: string): DecisionRef => ({
  decisionId: id,
  outcome: 'KOMPETEN',
  supersededBy,
});
const belum = (id: string, supersededBy?: string): DecisionRef => ({
  decisionId: id,
  outcome: 'BELUM_KOMPETEN',
  supersededBy,
});
const held = (status: HeldCertificate['status'], decisionId = 'd1'): HeldCertificate => ({
  registrationNumber: '0042/SKTM-ASN/L3/2027',
  decisionId,
  status,
});
const change = (decision: DecisionRef, rest: Partial<DecisionChange> = {}): DecisionChange => ({
  decision,
  decisions: [decision],
  held: undefined,
  appealOpen: false,
  ...rest,
});

describe('what a decision does to the participant’s certificate (Perban BKN 7/2020 Pasal 34(1))', () => {
  it.each([
    ['a first KOMPETEN decision', change(kompeten('d1')), 'TERBITKAN', 'SERT-DASAR-KEPUTUSAN'],
    ['a BELUM_KOMPETEN decision, nothing held', change(belum('d1')), 'TIDAK_ADA', undefined],
    [
      'a KOMPETEN decision under an open appeal',
      change(kompeten('d1'), { appealOpen: true }),
      'TIDAK_ADA',
      undefined,
    ],
    [
      'a decision superseded meanwhile',
      change(kompeten('d1', 'd2'), { decisions: [kompeten('d1', 'd2'), belum('d2')] }),
      'TIDAK_ADA',
      undefined,
    ],
    [
      'the decision the certificate already rests on',
      change(kompeten('d1'), { held: held('AKTIF') }),
      'TIDAK_ADA',
      undefined,
    ],
  ] as const)('%s -> %s', (_name, input, action, rule) => {
    const consequence = certificateForDecision(input);
    expect(consequence.action).toBe(action);
    expect(consequence.rule?.code).toBe(rule);
  });

  it.each(['AKTIF', 'DICABUT'] as const)(
    'SERT-BATAL-KEPUTUSAN: a %s certificate whose decision is superseded by a BELUM_KOMPETEN one is annulled, not revoked',
    (status) => {
      const consequence = certificateForDecision(
        change(belum('d2'), { decisions: [D1, belum('d2')], held: held(status) }),
      );
      expect(consequence).toMatchObject({
        action: 'BATALKAN',
        certificate: '0042/SKTM-ASN/L3/2027',
        rule: { code: 'SERT-BATAL-KEPUTUSAN', article: 'Perban BKN 7/2020 Pasal 34(1)' },
      });
      expect(consequence.reason).toContain('bukan dicabut menurut Pasal 36 ayat (3)');
    },
  );

  it('SERT-BATAL-KEPUTUSAN: an annulled certificate is not annulled twice', () => {
    expect(
      certificateForDecision(change(belum('d2'), { decisions: [D1, belum('d2')], held: held('DIBATALKAN') }))
        .action,
    ).toBe('TIDAK_ADA');
  });

  it('SERT-GANTI-KEPUTUSAN: superseded by a decision still KOMPETEN, the certificate is replaced by a new version', () => {
    expect(
      certificateForDecision(
        change(kompeten('d2'), { decisions: [D1, kompeten('d2')], held: held('AKTIF') }),
      ),
    ).toMatchObject({
      action: 'VERSI_BARU',
      replaces: '0042/SKTM-ASN/L3/2027',
      rule: { code: 'SERT-GANTI-KEPUTUSAN' },
    });
  });

  it('SERT-GANTI-KEPUTUSAN: a revoked certificate is replaced too, and the reason says its revocation stands', () => {
    const consequence = certificateForDecision(
      change(kompeten('d2'), { decisions: [D1, kompeten('d2')], held: held('DICABUT') }),
    );
    expect(consequence.action).toBe('VERSI_BARU');
    expect(consequence.reason).toContain('pencabutannya tetap berlaku');
  });

  it('SERT-GANTI-KEPUTUSAN: a chain of supersessions (d1 -> d2 -> d3) leads to the decision in force', () => {
    const decisions = [D1, kompeten('d2', 'd3'), kompeten('d3')];
    expect(inForceAfter('d1', decisions)).toBe('d3');
    expect(certificateForDecision(change(kompeten('d3'), { decisions, held: held('AKTIF') })).action).toBe(
      'VERSI_BARU',
    );
  });

  it('SERT-SATU-BERLAKU: an annulled certificate gets a new version on the next KOMPETEN decision, whatever decision it is', () => {
    expect(
      certificateForDecision(
        change(kompeten('r1'), { decisions: [belum('d1'), kompeten('r1')], held: held('DIBATALKAN') }),
      ),
    ).toMatchObject({ action: 'VERSI_BARU', rule: { code: 'SERT-SATU-BERLAKU' } });
  });

  it('SERT-SATU-BERLAKU: a KOMPETEN decision that does not supersede the certificate’s decision in force gives no second certificate', () => {
    const decisions = [belum('d1', 'd3'), kompeten('r1'), kompeten('d3')];
    expect(
      certificateForDecision(change(kompeten('d3'), { decisions, held: held('AKTIF', 'r1') })),
    ).toMatchObject({ action: 'TIDAK_ADA', rule: { code: 'SERT-SATU-BERLAKU' } });
  });

  it('a decision that never superseded anything leaves a held certificate alone even when BELUM_KOMPETEN', () => {
    expect(
      certificateForDecision(
        change(belum('r2'), { decisions: [kompeten('d1'), belum('r2')], held: held('AKTIF') }),
      ).action,
    ).toBe('TIDAK_ADA');
  });
});
