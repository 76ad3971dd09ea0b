import { ApiError } from '../error';

export const error = (description: string) => ({ description, schema: ApiError });

export const PROPOSERS = ['instansi', 'kanreg'] as const;
export const PROPOSAL_READERS = ['instansi', 'kanreg', 'admin-bkn'] as const;

/** Answers every authenticated route can give besides its own. */
export const authErrors = {
  401: error('Token tidak ada, kedaluwarsa atau tidak sah.'),
  403: error('Peran pengguna tidak berwenang untuk aksi ini.'),
};

/** Answers of routes that act for an instansi named in the path. */
export const scopeErrors = {
  403: error('Peran tidak berwenang, atau instansi di luar wilayah/instansi pengguna.'),
  404: error('Program, instansi, usulan atau calon tidak ditemukan.'),
};
