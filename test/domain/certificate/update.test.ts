import { describe, expect, it } from 'vitest';
import { updateCertificateForScheme, type SchemeRevision } from '../../../domain/certificate/update';
import { codesOf, d, valueOf } from '../shared/helpers';
import { certificate } from './fixtures';

const NOW = d('2026-02-01');
const revision: SchemeRevision = {
  version: '2024',
  units: [
    { code: 'U1', title: 'Menyusun kebutuhan ASN (revisi)' },
    { code: 'U2', title: 'Melaksanakan pengadaan ASN' },
  ],
};

describe('update on scheme change (Perban BKN 7/2020 Pasal 35(3), 15(4))', () => {
  it('SERT-MUTAKHIR-VERSI: the update is a new version -P1 with the new units, unsigned; the old one is superseded', () => {
    const { updated, superseded } = valueOf(updateCertificateForScheme(certificate(), revision, [], NOW));
    expect(updated.registrationNumber).toBe('0042/SKTM-ASN/L3/2025-P1');
    expect(updated.schemeVersion).toBe('2024');
    expect(updated.issuedOn).toBe('2026-02-01');
    expect(updated.back.units).toEqual(revision.units);
    expect(updated.front.signature).toBeNull();
    expect(updated.back.signature).toBeNull();
    expect(updated.status).toBe('AKTIF');
    expect(superseded.status).toBe('DIMUTAKHIRKAN');
    expect(superseded.registrationNumber).toBe('0042/SKTM-ASN/L3/2025');
  });

  it('SERT-MUTAKHIR-VERSI: the second update is -P2', () => {
    const p1 = certificate({ registrationNumber: '0042/SKTM-ASN/L3/2025-P1', schemeVersion: '2024' });
    const { updated } = valueOf(updateCertificateForScheme(p1, { ...revision, version: '2026' }, [], NOW));
    expect(updated.registrationNumber).toBe('0042/SKTM-ASN/L3/2025-P2');
  });

  it('SERT-MUTAKHIR-PERUBAHAN-SKEMA: no update without a scheme change', () => {
    expect(
      codesOf(updateCertificateForScheme(certificate(), { ...revision, version: '2019' }, [], NOW)),
    ).toEqual(['SERT-MUTAKHIR-PERUBAHAN-SKEMA']);
  });

  it.each(['DICABUT', 'DIMUTAKHIRKAN'] as const)(
    'SERT-MUTAKHIR-STATUS-AKTIF: a %s certificate is not updated',
    (status) => {
      expect(codesOf(updateCertificateForScheme(certificate({ status }), revision, [], NOW))).toEqual([
        'SERT-MUTAKHIR-STATUS-AKTIF',
      ]);
    },
  );

  it('SERT-MUTAKHIR-UNIT-BARU: a unit the new scheme adds must be tested first', () => {
    const withNew = { ...revision, units: [...revision.units, { code: 'U3', title: 'Unit baru' }] };
    expect(codesOf(updateCertificateForScheme(certificate(), withNew, [], NOW))).toEqual([
      'SERT-MUTAKHIR-UNIT-BARU',
    ]);
    expect(
      valueOf(updateCertificateForScheme(certificate(), withNew, ['U3'], NOW)).updated.back.units,
    ).toHaveLength(3);
  });

  it('SERT-MUTAKHIR-VERSI: a certificate with a malformed number cannot be versioned', () => {
    expect(
      codesOf(updateCertificateForScheme(certificate({ registrationNumber: 'x' }), revision, [], NOW)),
    ).toEqual(['SERT-MUTAKHIR-VERSI']);
  });
});
