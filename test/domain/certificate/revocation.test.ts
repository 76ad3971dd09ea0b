import { describe, expect, it } from 'vitest';
import {
  checkRevocationPublished,
  revokeCertificate,
  type RevocationGround,
  type RevocationRequest,
} from '../../../domain/certificate/revocation';
import { codesOf, d, NIP_A, valueOf, named } from '../shared/helpers';

const NOW = d('2025-09-01');
const ground = (o: Partial<RevocationGround> = {}): RevocationGround => ({
  kind: 'DISIPLIN',
  decisionRef: 'SK Hukdis 800/123/2025',
  decidedOn: d('2025-08-01'),
  final: true,
  ...o,
});
const request = (o: Partial<RevocationRequest> = {}): RevocationRequest => ({
  registrationNumber: '0042/SKTM-ASN/L3/2025',
  holder: { name: 'Andi Wijaya', nip: NIP_A },
  status: 'AKTIF',
  grounds: [ground()],
  ...o,
});

describe('revocation (Perban BKN 7/2020 Pasal 36(3))', () => {
  it.each(['DISIPLIN', 'PIDANA'] as const)(
    'SERT-CABUT-ALASAN: a proven %s violation revokes, to be published',
    (kind) => {
      const revocation = valueOf(revokeCertificate(request({ grounds: [ground({ kind })] }), NOW));
      expect(revocation.status).toBe('DICABUT');
      expect(revocation.revokedOn).toBe('2025-09-01');
      expect(revocation.publication.required).toBe(true);
      expect(revocation.publication.notice).toContain('0042/SKTM-ASN/L3/2025');
      expect(revocation.publication.notice).toContain(
        kind === 'DISIPLIN' ? 'pelanggaran disiplin' : 'tindak pidana',
      );
    },
  );

  it('the notice names both kinds when both are proven', () => {
    const r = valueOf(revokeCertificate(request({ grounds: [ground(), ground({ kind: 'PIDANA' })] }), NOW));
    expect(r.publication.notice).toContain('pelanggaran disiplin dan tindak pidana');
  });

  it.each(
    named<Partial<RevocationRequest>>([
      ['no ground', { grounds: [] }, ['SERT-CABUT-ALASAN']],
      ['a decision not yet final', { grounds: [ground({ final: false })] }, ['SERT-CABUT-ALASAN']],
      ['no decision reference', { grounds: [ground({ decisionRef: '' })] }, ['SERT-CABUT-ALASAN']],
      [
        'a decision dated after today',
        { grounds: [ground({ decidedOn: d('2025-09-02') })] },
        ['SERT-CABUT-ALASAN'],
      ],
      ['already revoked', { status: 'DICABUT' }, ['SERT-CABUT-STATUS']],
      ['a superseded version', { status: 'DIMUTAKHIRKAN' }, ['SERT-CABUT-STATUS']],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(revokeCertificate(request(o), NOW))).toEqual(codes);
  });

  it.each([
    [
      [{ medium: 'Laman BKN', publishedOn: d('2025-09-01'), registrationNumber: '0042/SKTM-ASN/L3/2025' }],
      true,
    ],
    [
      [{ medium: 'Laman BKN', publishedOn: d('2025-08-31'), registrationNumber: '0042/SKTM-ASN/L3/2025' }],
      false,
    ],
    [[{ medium: '', publishedOn: d('2025-09-02'), registrationNumber: '0042/SKTM-ASN/L3/2025' }], false],
    [
      [{ medium: 'Laman BKN', publishedOn: d('2025-09-02'), registrationNumber: '0043/SKTM-ASN/L3/2025' }],
      false,
    ],
    [[], false],
  ])('SERT-CABUT-PUBLIKASI: publications %j -> published = %s', (publications, ok) => {
    const decision = checkRevocationPublished(
      { registrationNumber: '0042/SKTM-ASN/L3/2025', revokedOn: NOW },
      publications,
    );
    expect(codesOf(decision)).toEqual(ok ? [] : ['SERT-CABUT-PUBLIKASI']);
  });
});
