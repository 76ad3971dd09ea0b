import { checkStandard } from '../../domain/assessment/structural/standard';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type {
  CompetencyStandard,
  StandardVersion,
  StructuralPosition,
} from '../../events/api/structural-standards';
import {
  findPosition,
  findStandardVersion,
  listPositions,
  registerPosition,
  reviseStandard,
} from '../../adapters/dynamodb/structural-position-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';

const positionNotFound = () =>
  new HttpError(
    404,
    'STRUCTURAL_POSITION_NOT_FOUND',
    'Jabatan dengan kode ini tidak terdaftar pada instansi.',
  );

/** Checks a standard (a new version after `previous` when there is one); throws 422 with every unmet point. */
function checked(standard: CompetencyStandard, now: Date, previous?: StructuralPosition) {
  const decision = checkStandard(
    { ...standard, establishedOn: standard.establishedOn as IsoDate },
    dateInWib(now),
    previous && {
      version: previous.version,
      establishedOn: previous.standard.establishedOn as IsoDate,
    },
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
}

/** The personnel official registers a structural position with its competency standard (Perka BKN 11/2008 IV.1). */
export const registerStructuralPosition: Operation<typeof routes.registerStructuralPosition> = async ({
  params,
  body,
  principal,
  now,
}) => {
  checked(body.standard, now);
  const recorded = { by: principal.username, at: now.toISOString() };
  const position: StructuralPosition = { ...body, instansiCode: params.instansiCode, version: 1, recorded };
  const version: StandardVersion = {
    ...body.standard,
    instansiCode: params.instansiCode,
    positionCode: body.code,
    version: 1,
    recorded,
  };
  if (!(await registerPosition(position, version))) {
    throw conflict('STRUCTURAL_POSITION_EXISTS', `Jabatan dengan kode ${body.code} sudah terdaftar.`);
  }
  return { statusCode: 201, body: position };
};

/** A new version of a position's competency standard, in force from now; the earlier ones are kept. */
export const reviseStructuralStandard: Operation<typeof routes.reviseStructuralStandard> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const current = await findPosition(params.instansiCode, params.positionCode);
  if (!current) throw positionNotFound();
  if (current.version !== body.revises) throw standardChanged(current.version);
  checked(body.standard, now, current);
  const recorded = { by: principal.username, at: now.toISOString() };
  const version = current.version + 1;
  const position: StructuralPosition = { ...current, standard: body.standard, version, recorded };
  const standard: StandardVersion = {
    ...body.standard,
    instansiCode: params.instansiCode,
    positionCode: params.positionCode,
    version,
    recorded,
  };
  if (!(await reviseStandard(position, standard, body.revises))) throw standardChanged();
  return { statusCode: 201, body: standard };
};

const standardChanged = (inForce?: number) =>
  conflict(
    'STRUCTURAL_STANDARD_CHANGED',
    inForce === undefined
      ? 'Standar kompetensi jabatan ini baru saja diubah; muat ulang dan coba lagi.'
      : `Versi standar yang berlaku adalah ${inForce}; versi baru menggantikan versi yang berlaku.`,
  );

export const listStructuralPositions: Operation<typeof routes.listStructuralPositions> = async ({
  params,
}) => ({ statusCode: 200, body: { items: await listPositions(params.instansiCode) } });

export const getStructuralPosition: Operation<typeof routes.getStructuralPosition> = async ({ params }) => {
  const position = await findPosition(params.instansiCode, params.positionCode);
  if (!position) throw positionNotFound();
  return { statusCode: 200, body: position };
};

export const getStructuralStandard: Operation<typeof routes.getStructuralStandard> = async ({ params }) => {
  const standard = await findStandardVersion(params.instansiCode, params.positionCode, params.version);
  if (!standard) {
    throw new HttpError(
      404,
      'STRUCTURAL_STANDARD_NOT_FOUND',
      'Versi standar kompetensi jabatan ini tidak terdaftar pada instansi.',
    );
  }
  return { statusCode: 200, body: standard };
};
