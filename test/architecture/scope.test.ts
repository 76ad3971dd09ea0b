import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../events/api/routes';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { importsOf, sourceFiles } from './import-graph';

/*
 * Scope is declared once per route and enforced by the shared API handler (issue 13): no stage checks it by
 * hand. A stage that imports the scope rules or the scope module, or decides on the caller's instansi, Kanreg
 * or NIP claim, re-introduces a check that one day is forgotten somewhere: this test fails on it.
 */

const stageFiles = sourceFiles(join(PROJECT_ROOT, 'functions'));

const SCOPE_MODULES =
  /(^|\/)(domain\/access\/scope|runtime\/http\/scope|runtime\/http\/scopes\/[\w-]+|runtime\/http\/operator-check)(\.ts)?$/;
/** A stage's index only wires the resolvers of its routes' scope kinds into the shared handler. */
const WIRING = /(^|\/)runtime\/http\/(scope|scopes\/[\w-]+)(\.ts)?$/;
const isIndex = (file: string) => file.endsWith('/index.ts');
const CLAIM_SCOPE = [
  /principal\??\.(instansi|kanreg)\b/,
  /principal\??\.nip\s*[!=]==/,
  /[!=]==\s*principal\??\.nip\b/,
  /\b(instansiInScope|refuseOtherInstansi|participantInScope|candidateInScope|holderInScope|onlyOwnNip|mayReadCohort|teamMemberOf)\b/,
];

describe('scope is enforced by the shared handler only', () => {
  it('finds the stage sources it checks, and the wiring of their scope resolvers', () => {
    expect(stageFiles.length).toBeGreaterThan(40);
    // Proves the module patterns name where the scope code really is: a stage's index wires its resolvers.
    const wired = stageFiles.filter(
      (file) => isIndex(file) && importsOf(readFileSync(file, 'utf8')).some((s) => WIRING.test(s)),
    );
    expect(wired.length).toBeGreaterThan(5);
  });

  it.each(stageFiles.map((file) => [relative(PROJECT_ROOT, file), file]))(
    '%s neither imports the scope rules nor decides on the scope claims',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const imports = importsOf(source).filter((specifier) => !(isIndex(file) && WIRING.test(specifier)));
      expect(imports.filter((specifier) => SCOPE_MODULES.test(specifier))).toEqual([]);
      expect(CLAIM_SCOPE.filter((pattern) => pattern.test(source)).map(String)).toEqual([]);
    },
  );

  it('every authenticated route declares its scope, so the handler resolves one for each', () => {
    const undeclared = ROUTES.filter((route) => route.auth !== 'public' && !route.scope).map(
      (r) => r.operationId,
    );
    expect(undeclared).toEqual([]);
  });

  it('the check itself catches a hand-written scope check', () => {
    const sample =
      "if (principal.nip !== params.nip) throw forbidden();\nimport { mayActForInstansi } from '../../domain/access/scope';";
    expect(CLAIM_SCOPE.some((pattern) => pattern.test(sample))).toBe(true);
    expect(importsOf(sample).some((specifier) => SCOPE_MODULES.test(specifier))).toBe(true);
  });
});
