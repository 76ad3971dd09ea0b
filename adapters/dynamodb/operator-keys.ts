import type { Operator, OperatorScope } from '../../events/api/operator';
import { GSI1 } from './table';

/*
 * The operator registry's keys, one builder per item and per index entry, each named for the access pattern it
 * serves (docs/data-model.md, "Operator registry", O1-O6). The repository builds its commands from these only.
 */

/** The partition of one operator: its registry entry and the changes to it. */
export const operatorPartition = (sub: string) => `OPERATOR#${sub}`;

/** O2: the registry entry read on every operator request. */
export const operatorKey = (sub: string) => ({ pk: operatorPartition(sub), sk: '#OPERATOR' });

/** O3: one change (registration, move, disabling, re-enabling), sorting after the entry, oldest first. */
export const operatorChangeKey = (sub: string, at: string, id: string) => ({
  pk: operatorPartition(sub),
  sk: `CHANGE#${at}#${id}`,
});

/** O6: the listing an operator appears in: its instansi's, or its Kanreg's. */
export const operatorListPartition = (scope: { instansiCode: string } | { kanreg: string }) =>
  'instansiCode' in scope ? `INSTANSI#${scope.instansiCode}#OPERATORS` : `KANREG#${scope.kanreg}#OPERATORS`;

/** The gsi1 keys of an entry: listed under where it acts, by username. */
export const operatorIndexKeys = (
  operator: Pick<Operator, 'sub' | 'username' | 'instansiCode' | 'kanreg'>,
) => ({
  [GSI1.pk]: operatorListPartition(
    operator.instansiCode !== null ? { instansiCode: operator.instansiCode } : { kanreg: operator.kanreg! },
  ),
  [GSI1.sk]: `${operator.username}#${operator.sub}`,
});

/** Where a scope puts an operator, as its entry stores it (the other field null). */
export const scopeFields = (scope: OperatorScope) => ({
  instansiCode: scope.role === 'instansi' ? scope.instansiCode : null,
  kanreg: scope.role === 'kanreg' ? scope.kanreg : null,
});
