import { ApiError } from '../error';

export const error = (description: string) => ({ description, schema: ApiError });

export const PROPOSERS = ['instansi', 'kanreg'] as const;
export const PROPOSAL_READERS = ['instansi', 'kanreg', 'admin-bkn'] as const;

/** Answers every authenticated route can give besides its own. */
export const authErrors = {
  401: error('Token tidak ada, kedaluwarsa atau tidak sah.'),
  403: error(
    'Peran pengguna tidak berwenang untuk aksi ini (FORBIDDEN_ROLE), atau akun operator instansi/Kanreg tidak terdaftar (OPERATOR_NOT_REGISTERED), dinonaktifkan (OPERATOR_DISABLED) atau tidak sesuai daftar operator BKN (OPERATOR_SCOPE_MISMATCH).',
  ),
};

/**
 * Answers of routes that act for an instansi named in the path. Since issue 13 a record outside the caller's
 * scope is answered as one that does not exist (404), no longer 403.
 */
export const scopeErrors = {
  403: authErrors[403],
  404: error(
    'Program, instansi, usulan atau calon tidak ditemukan; instansi di luar instansi/wilayah pengguna dijawab sama (INSTANSI_NOT_FOUND).',
  ),
};
