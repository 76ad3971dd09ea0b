import { describe, expect, it } from 'vitest';
import {
  judgeUploadedCopy,
  type IssuedCertificateFile,
  type UploadedCopy,
} from '../../../domain/certificate/uploaded-copy';

const ISSUED = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const file = (over: Partial<IssuedCertificateFile> = {}): IssuedCertificateFile => ({
  registrationNumber: '0042/SKTM-ASN/L3/2025',
  sha256: ISSUED,
  status: 'BERLAKU',
  ...over,
});
const signature = (intact: boolean, signedRevisionSha256: string, appendedBytes = 0) => ({
  intact,
  signedRevisionSha256,
  appendedBytes,
});

describe('judgeUploadedCopy: an uploaded certificate judged by its signature and the record', () => {
  it.each<[string, UploadedCopy, string, boolean]>([
    ['exactly the issued file', { sha256: ISSUED, signatures: [signature(true, ISSUED)] }, 'ASLI', true],
    [
      'an unsigned file that is the issued one (issued before signing)',
      { sha256: ISSUED, signatures: [] },
      'ASLI',
      true,
    ],
    [
      're-saved: its intact signed revision is the issued file, 176 bytes appended',
      { sha256: OTHER, signatures: [signature(true, ISSUED, 176)] },
      'ASLI_DISIMPAN_ULANG',
      true,
    ],
    [
      'the issued signed revision beside a forged, broken signature appended after it',
      { sha256: OTHER, signatures: [signature(true, ISSUED, 300), signature(false, OTHER)] },
      'ASLI_DISIMPAN_ULANG',
      true,
    ],
    [
      'changed after signing (the signed bytes no longer match)',
      { sha256: OTHER, signatures: [signature(false, OTHER)] },
      'DIUBAH',
      false,
    ],
    [
      'a broken signature whose revision hash happens to be the issued one is still changed',
      { sha256: OTHER, signatures: [signature(false, ISSUED, 10)] },
      'DIUBAH',
      false,
    ],
    ['unsigned and not the issued file', { sha256: OTHER, signatures: [] }, 'TANPA_TANDA_TANGAN', false],
    [
      'intact signature over another file (e.g. another certificate)',
      { sha256: OTHER, signatures: [signature(true, OTHER)] },
      'BUKAN_BERKAS_INI',
      false,
    ],
  ])('%s: %s', (_case, copy, verdict, matches) => {
    expect(judgeUploadedCopy(copy, file())).toMatchObject({ verdict, matches });
  });

  it('says how many bytes a re-save appended, and that they are not part of the certificate', () => {
    const judgement = judgeUploadedCopy(
      { sha256: OTHER, signatures: [signature(true, ISSUED, 176)] },
      file(),
    );
    expect(judgement.appendedBytes).toBe(176);
    expect(judgement.message).toContain('tambahan 176 bait sesudah ditandatangani');
    expect(judgement.message).toContain('bukan bagian sertifikat');
  });

  it('a genuine copy of a revoked certificate is never called valid: revoked, with the date and the reason, said plainly', () => {
    const { message, matches } = judgeUploadedCopy(
      { sha256: ISSUED, signatures: [] },
      file({ status: 'DICABUT', revocation: { since: '2026-03-02', reason: 'Pelanggaran disiplin' } }),
    );
    expect(matches).toBe(true);
    expect(message).toContain('TELAH DICABUT sejak 2026-03-02: Pelanggaran disiplin');
    expect(message).not.toContain('berlaku.');
  });

  it('a genuine copy of a superseded version points at the current version', () => {
    const { message } = judgeUploadedCopy(
      { sha256: ISSUED, signatures: [] },
      file({ status: 'DIGANTIKAN', supersededBy: '0042/SKTM-ASN/L3/2025-1' }),
      'https://verifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2025-1',
    );
    expect(message).toContain('TELAH DIGANTIKAN oleh versi 0042/SKTM-ASN/L3/2025-1');
    expect(message).toContain('https://verifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2025-1');
  });

  it('an annulled certificate says since when and why', () => {
    const { message } = judgeUploadedCopy(
      { sha256: ISSUED, signatures: [] },
      file({
        status: 'DIBATALKAN',
        annulment: { since: '2026-04-01', reason: 'Keputusan dasarnya digantikan' },
      }),
    );
    expect(message).toContain('TELAH DIBATALKAN sejak 2026-04-01: Keputusan dasarnya digantikan');
  });
});
