import { randomUUID } from 'node:crypto';
import type { Operator, OperatorChange, OperatorScope } from '../../events/api/operator';
import type { routes } from '../../events/api/routes';
import { findInstansi, kanregCoversInstansi } from '../../adapters/dynamodb/instansi-repository';
import { scopeFields } from '../../adapters/dynamodb/operator-repository';
import {
  createOperator,
  findOperator,
  findOperatorWithHistory,
  listOperators,
  replaceOperator,
} from '../../adapters/dynamodb/operator-repository';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError } from '../../runtime/http/http-error';

/*
 * BKN's operator registry (Perban BKN 7/2020 Pasal 11, 31(1)a-b: an instansi proposes its own candidates, a
 * Kanreg those of the regional governments it covers): who acts for which instansi or Kanreg.
 */

const operatorNotFound = () => new HttpError(404, 'OPERATOR_NOT_FOUND', 'Operator belum terdaftar di BKN.');
const changedMeanwhile = () =>
  conflict(
    'OPERATOR_CHANGED',
    'Pendaftaran operator berubah saat permintaan diproses. Muat ulang lalu coba lagi.',
  );

/** 422 unless the instansi is registered with BKN, or the Kanreg covers a registered regional government. */
async function requireKnownScope(scope: OperatorScope): Promise<void> {
  if (scope.role === 'instansi') {
    if (!(await findInstansi(scope.instansiCode))) {
      throw new HttpError(
        422,
        'OPERATOR_INSTANSI_NOT_REGISTERED',
        `Instansi ${scope.instansiCode} belum terdaftar di BKN; daftarkan instansinya lebih dahulu.`,
      );
    }
  } else if (!(await kanregCoversInstansi(scope.kanreg))) {
    throw new HttpError(
      422,
      'OPERATOR_KANREG_UNKNOWN',
      `Kanreg ${scope.kanreg} tidak membina instansi terdaftar mana pun.`,
    );
  }
}

const change = (
  kind: OperatorChange['change'],
  by: string,
  at: string,
  from: Operator | null,
  to: Operator | null,
): OperatorChange => ({
  change: kind,
  by,
  at,
  from: from && { instansiCode: from.instansiCode, kanreg: from.kanreg },
  to: to && { instansiCode: to.instansiCode, kanreg: to.kanreg },
});

const changeId = () => randomUUID().slice(0, 8);

export const registerOperator: Operation<typeof routes.registerOperator> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const { username, ...scope } = body;
  await requireKnownScope(scope);
  const at = now.toISOString();
  const operator: Operator = {
    sub: params.sub,
    username,
    role: scope.role,
    ...scopeFields(scope),
    status: 'ACTIVE',
    version: 1,
    registeredBy: principal.username,
    registeredAt: at,
    updatedBy: principal.username,
    updatedAt: at,
  };
  if (
    await createOperator(operator, change('REGISTERED', principal.username, at, null, operator), changeId())
  ) {
    return { statusCode: 201, body: operator };
  }
  const stored = await findOperator(params.sub);
  const same =
    stored !== undefined &&
    stored.username === operator.username &&
    stored.role === operator.role &&
    stored.instansiCode === operator.instansiCode &&
    stored.kanreg === operator.kanreg;
  if (!same) {
    throw conflict(
      'OPERATOR_ALREADY_REGISTERED',
      'Pengguna ini sudah terdaftar sebagai operator; gunakan pemindahan atau penonaktifan.',
    );
  }
  return { statusCode: 200, body: stored };
};

export const getOperator: Operation<typeof routes.getOperator> = async ({ params }) => {
  const operator = await findOperatorWithHistory(params.sub);
  if (!operator) throw operatorNotFound();
  return { statusCode: 200, body: operator };
};

async function existingOperator(sub: string): Promise<Operator> {
  const operator = await findOperator(sub);
  if (!operator) throw operatorNotFound();
  return operator;
}

/**
 * Writes `current` with `fields` changed, by `by` at `at`, over the entry as it was read, with the change record
 * (a move records where from and where to); 409 when the entry changed meanwhile.
 */
async function revise(
  current: Operator,
  fields: Partial<Pick<Operator, 'instansiCode' | 'kanreg' | 'status'>>,
  kind: OperatorChange['change'],
  by: string,
  now: Date,
): Promise<Operator> {
  const at = now.toISOString();
  const next = { ...current, ...fields, version: current.version + 1, updatedBy: by, updatedAt: at };
  const moved = kind === 'MOVED';
  try {
    await replaceOperator(
      next,
      current.version,
      change(kind, by, at, moved ? current : null, moved ? next : null),
      changeId(),
    );
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw changedMeanwhile();
    throw error;
  }
  return next;
}

/** Moves an operator within its role; the history keeps who moved it, when, from where and to where. */
export const moveOperator: Operation<typeof routes.moveOperator> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const current = await existingOperator(params.sub);
  if (body.role !== current.role) {
    throw new HttpError(
      422,
      'OPERATOR_ROLE_FIXED',
      'Pemindahan tetap dalam peran yang sama; untuk peran lain daftarkan pengguna Cognito lain.',
    );
  }
  const target = scopeFields(body);
  if (target.instansiCode === current.instansiCode && target.kanreg === current.kanreg) {
    return { statusCode: 200, body: current };
  }
  await requireKnownScope(body);
  return { statusCode: 200, body: await revise(current, target, 'MOVED', principal.username, now) };
};

/** Disables an operator (every request of theirs is refused from then on) or enables them again. */
export const setOperatorStatus: Operation<typeof routes.setOperatorStatus> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const current = await existingOperator(params.sub);
  if (current.status === body.status) return { statusCode: 200, body: current };
  const kind = body.status === 'DISABLED' ? 'DISABLED' : 'ENABLED';
  return {
    statusCode: 200,
    body: await revise(current, { status: body.status }, kind, principal.username, now),
  };
};

/** O6: the operators of one instansi. */
export const listInstansiOperators: Operation<typeof routes.listInstansiOperators> = async ({
  params,
  query,
}) => ({
  statusCode: 200,
  body: await listOperators({ instansiCode: params.instansiCode }, query),
});

/** O6: the operators of one Kanreg. */
export const listKanregOperators: Operation<typeof routes.listKanregOperators> = async ({
  params,
  query,
}) => ({
  statusCode: 200,
  body: await listOperators({ kanreg: params.kanreg }, query),
});
