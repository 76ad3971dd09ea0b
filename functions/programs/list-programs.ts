import type { routes } from '../../events/api/routes';
import { listPrograms as programsOfYear, listProgramsFrom } from '../../adapters/dynamodb/program-repository';
import { dateInWib } from '../../domain/shared/dates';
import type { Operation } from '../../runtime/http/api-handler';

/**
 * One year's programmes, or without a year those of the current year (WIB) and later: never every programme ever
 * created, whose cost would grow with the years in the table (P3, P3a).
 */
export const listPrograms: Operation<typeof routes.listPrograms> = async ({ query, now }) => ({
  statusCode: 200,
  body: {
    items:
      query.year === undefined
        ? await listProgramsFrom(Number(dateInWib(now).slice(0, 4)))
        : await programsOfYear(query.year),
  },
});
