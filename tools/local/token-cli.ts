import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../../domain/access/roles';
import { createLocalAuthority } from './local-auth';
import { LOCAL_KEY_FILE } from './paths';

/**
 * `npm run -s token -- --role instansi --instansi 4011`: prints a token the local server accepts. An instansi or
 * Kanreg operator must also be registered with BKN before it can act: `--register` does it on the running local
 * server (`--api`, default `$API`) as admin-bkn; otherwise the command to do so is printed on stderr.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    instansi: { type: 'string' },
    kanreg: { type: 'string' },
    nip: { type: 'string' },
    sub: { type: 'string' },
    username: { type: 'string' },
    'expires-in': { type: 'string', default: '3600' },
    register: { type: 'boolean', default: false },
    api: { type: 'string', default: process.env.API },
  },
});

function fail(message: string): never {
  console.error(message);
  console.error(
    `Usage: npm run -s token -- --role <${ROLES.join('|')}> [--instansi KODE] [--kanreg KODE] [--nip NIP] [--register --api URL]`,
  );
  process.exit(2);
}

const role = values.role;
if (!role || !isRole(role)) fail(`Unknown or missing --role: ${role ?? '(none)'}`);
if (role === 'instansi' && !values.instansi) fail('--role instansi needs --instansi <kode instansi>');
if (role === 'kanreg' && !values.kanreg) fail('--role kanreg needs --kanreg <kode kanreg>');
if (role === 'peserta' && !values.nip) fail('--role peserta needs --nip <NIP>');
if (values.register && !values.api) fail('--register needs --api <URL of the local API> (or $API)');

const sub = values.sub ?? randomUUID();
const username = values.username ?? `${role}-${sub.slice(0, 8)}`;
const authority = await createLocalAuthority(LOCAL_KEY_FILE);
const token = await authority.mint({
  role,
  instansi: values.instansi,
  kanreg: values.kanreg,
  nip: values.nip,
  sub,
  username,
  expiresInSeconds: Number(values['expires-in']),
});

if (role === 'instansi' || role === 'kanreg') {
  const registration = {
    username,
    ...(role === 'instansi' ? { role, instansiCode: values.instansi } : { role, kanreg: values.kanreg }),
  };
  if (values.register) {
    const admin = await authority.mint({ role: 'admin-bkn', username: 'admin-bkn-token-cli' });
    const response = await fetch(`${values.api}/operators/${sub}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(registration),
    });
    if (!response.ok) fail(`Registering the operator failed: ${response.status} ${await response.text()}`);
  } else {
    console.error(
      `Operator ${sub} acts only once BKN registers it: add --register, or as admin-bkn ` +
        `PUT $API/operators/${sub} ${JSON.stringify(registration)}`,
    );
  }
}
console.log(token);
