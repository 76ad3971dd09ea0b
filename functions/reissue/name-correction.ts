import {
  formatRegistrationNumber,
  nextVersion,
  parseRegistrationNumber,
} from '../../domain/certificate/registration-number';
import { UPDATE_RULES } from '../../domain/certificate/update';
import { schemeChangeByRequest } from '../../domain/scheme/refreshment';
import { violation, type RuleViolation } from '../../domain/shared/rule';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { certificateOr404 } from '../../services/certificate/access';
import { undertakingOf } from '../../services/certificate/answer';
import { issueNextVersion } from '../../services/certificate/next-version';

/**
 * BKN re-issues an AKTIF certificate as its next version for a name correction. A scheme change is refused here
 * (SEGAR-TERBIT-DARI-CATATAN): it is made from the holder's enrolment for the new scheme version only, with
 * the units of that version and of the recorded decision (./schemes.ts), never from units typed in a request.
 */
export const reissueCertificate: Operation<typeof routes.reissueCertificate> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  if (body.reason === 'PERUBAHAN_SKEMA') throw rulesNotMet(schemeChangeByRequest());
  const certificate = await certificateOr404(params.certificateId);
  const violations: RuleViolation[] = [];
  if (certificate.status !== 'AKTIF') {
    violations.push(
      violation(
        UPDATE_RULES['SERT-MUTAKHIR-STATUS-AKTIF'],
        `Sertifikat berstatus ${certificate.status}; hanya sertifikat aktif yang dimutakhirkan.`,
        'status',
      ),
    );
  }
  const parsed = parseRegistrationNumber(certificate.registrationNumber);
  if (!parsed.ok) throw rulesNotMet(parsed.violations);
  const formatted = formatRegistrationNumber(nextVersion(parsed.value));
  if (!formatted.ok) throw rulesNotMet(formatted.violations);
  if (violations.length > 0) throw rulesNotMet(violations);
  const next = await issueNextVersion(
    certificate,
    formatted.value,
    {
      reason: 'KOREKSI_NAMA',
      note: `koreksi nama pemegang (${body.basis})`,
      changes: { holder: { ...certificate.holder, name: body.name } },
    },
    { principal, now, correlationId },
  );
  return { statusCode: 201, body: { ...next, undertaking: undertakingOf(next) } };
};
