import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../../domain/access/roles';
import { createLocalAuthority } from './local-auth';
import { LOCAL_KEY_FILE } from './paths';

/** `npm run -s token -- --role instansi --instansi 4011`: prints a token the local server accepts. */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    instansi: { type: 'string' },
    kanreg: { type: 'string' },
    nip: { type: 'string' },
    sub: { type: 'string' },
    username: { type: 'string' },
    'expires-in': { type: 'string', default: '3600' },
  },
});

function fail(message: string): never {
  console.error(message);
  console.error(
    `Usage: npm run -s token -- --role <${ROLES.join('|')}> [--instansi KODE] [--kanreg KODE] [--nip NIP]`,
  );
  process.exit(2);
}

const role = values.role;
if (!role || !isRole(role)) fail(`Unknown or missing --role: ${role ?? '(none)'}`);
if (role === 'instansi' && !values.instansi) fail('--role instansi needs --instansi <kode instansi>');
if (role === 'kanreg' && !values.kanreg) fail('--role kanreg needs --kanreg <kode kanreg>');
if (role === 'peserta' && !values.nip) fail('--role peserta needs --nip <NIP>');

const authority = await createLocalAuthority(LOCAL_KEY_FILE);
console.log(
  await authority.mint({
    role,
    instansi: values.instansi,
    kanreg: values.kanreg,
    nip: values.nip,
    sub: values.sub,
    username: values.username,
    expiresInSeconds: Number(values['expires-in']),
  }),
);
