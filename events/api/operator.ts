import * as z from 'zod';
import { InstansiCode, KanregCode } from './identifiers';

/*
 * The operator registry: which instansi or Kanreg each instansi and Kanreg operator acts for, as BKN recorded
 * it. The API trusts this, not the token's `custom:instansi` / `custom:kanreg` claims, which must agree with it.
 */

export const OperatorSub = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'Format sub Cognito tidak dikenal.',
  )
  .meta({
    id: 'OperatorSub',
    description: 'Pengenal pengguna Cognito (`sub`) operator.',
    examples: ['5b8d2f0e-7c1a-4e9b-8f3d-2a6c9e1b4d70'],
  });

export const OperatorPath = z.strictObject({ sub: OperatorSub });

const InstansiOperatorScope = z.strictObject({
  role: z.literal('instansi'),
  instansiCode: InstansiCode.describe('Instansi yang diwakili operator; harus sudah terdaftar di BKN.'),
});
const KanregOperatorScope = z.strictObject({
  role: z.literal('kanreg'),
  kanreg: KanregCode.describe('Kanreg tempat operator bertugas; harus membina instansi terdaftar.'),
});

/** Where an operator acts: an instansi operator for one instansi, a Kanreg operator for one Kanreg's region. */
export const OperatorScope = z.discriminatedUnion('role', [InstansiOperatorScope, KanregOperatorScope]).meta({
  id: 'OperatorScope',
  description:
    'Peran operator dan instansi atau Kanreg yang diwakilinya (Perban BKN 7/2020 Pasal 11, 31(1)a-b).',
  examples: [
    { role: 'instansi', instansiCode: '3201' },
    { role: 'kanreg', kanreg: 'III' },
  ],
});
export type OperatorScope = z.infer<typeof OperatorScope>;

const Username = z.string().trim().min(1).max(128).describe('Nama pengguna Cognito (`cognito:username`).');

export const RegisterOperatorRequest = z
  .discriminatedUnion('role', [
    InstansiOperatorScope.extend({ username: Username }),
    KanregOperatorScope.extend({ username: Username }),
  ])
  .meta({
    id: 'RegisterOperatorRequest',
    description: 'Pendaftaran operator instansi atau Kanreg oleh BKN.',
    examples: [{ username: 'operator.bogor', role: 'instansi', instansiCode: '3201' }],
  });

export const MoveOperatorRequest = OperatorScope.meta({
  id: 'MoveOperatorRequest',
  description: 'Tujuan pemindahan: instansi lain (operator instansi) atau Kanreg lain (operator Kanreg).',
  examples: [{ role: 'instansi', instansiCode: '3273' }],
});

export const OperatorStatus = z.enum(['ACTIVE', 'DISABLED']).meta({
  id: 'OperatorStatus',
  description:
    'ACTIVE: operator dapat bertindak; DISABLED: setiap permintaannya ditolak (403 OPERATOR_DISABLED).',
});

export const OperatorStatusRequest = z
  .strictObject({ status: OperatorStatus })
  .meta({ id: 'OperatorStatusRequest', examples: [{ status: 'DISABLED' }] });

const OPERATOR_EXAMPLE = {
  sub: '5b8d2f0e-7c1a-4e9b-8f3d-2a6c9e1b4d70',
  username: 'operator.bogor',
  role: 'instansi',
  instansiCode: '3201',
  kanreg: null,
  status: 'ACTIVE',
  version: 1,
  registeredBy: 'admin-bkn-1',
  registeredAt: '2026-11-01T02:00:00.000Z',
  updatedBy: 'admin-bkn-1',
  updatedAt: '2026-11-01T02:00:00.000Z',
};

export const Operator = z
  .object({
    sub: OperatorSub,
    username: z.string(),
    role: z.enum(['instansi', 'kanreg']),
    instansiCode: InstansiCode.nullable(),
    kanreg: KanregCode.nullable(),
    status: OperatorStatus,
    version: z.number().int(),
    registeredBy: z.string(),
    registeredAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Operator', examples: [OPERATOR_EXAMPLE] });
export type Operator = z.infer<typeof Operator>;

const ScopeSnapshot = z.object({ instansiCode: InstansiCode.nullable(), kanreg: KanregCode.nullable() });

export const OperatorChange = z
  .object({
    change: z.enum(['REGISTERED', 'MOVED', 'DISABLED', 'ENABLED']),
    by: z.string(),
    at: z.string(),
    from: ScopeSnapshot.nullable().describe('Lingkup sebelum pemindahan; null selain MOVED.'),
    to: ScopeSnapshot.nullable().describe('Lingkup sesudah pendaftaran atau pemindahan.'),
  })
  .meta({
    id: 'OperatorChange',
    description: 'Satu perubahan pada pendaftaran operator: siapa, kapan, dari, ke.',
  });
export type OperatorChange = z.infer<typeof OperatorChange>;

export const OperatorDetail = Operator.extend({ history: z.array(OperatorChange) }).meta({
  id: 'OperatorDetail',
  examples: [
    {
      ...OPERATOR_EXAMPLE,
      history: [
        {
          change: 'REGISTERED',
          by: 'admin-bkn-1',
          at: '2026-11-01T02:00:00.000Z',
          from: null,
          to: { instansiCode: '3201', kanreg: null },
        },
      ],
    },
  ],
});

export const OperatorList = z
  .object({ items: z.array(Operator), nextCursor: z.string().optional() })
  .meta({ id: 'OperatorList', examples: [{ items: [OPERATOR_EXAMPLE] }] });
