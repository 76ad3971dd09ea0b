import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Project root, and the git-ignored folder where the local stack keeps its data between runs
 * (SERTIFIKASI_LOCAL_DIR moves it, e.g. for tests).
 */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LOCAL_DIR = process.env.SERTIFIKASI_LOCAL_DIR ?? join(PROJECT_ROOT, '.local');
export const LOCAL_KEY_FILE = join(LOCAL_DIR, 'auth', 'signing-key.json');
/** Prefix of the local stack's resource names (tests give each stack its own). */
export const LOCAL_PREFIX = 'sertifikasi-local';
