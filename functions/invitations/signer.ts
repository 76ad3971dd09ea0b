import type { InvitationSigner } from '../../events/api/invitation';
import type { routes } from '../../events/api/routes';
import { saveInvitationSigner } from '../../adapters/dynamodb/invitation-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/** BKN names who signs the programme's invitations (Perka BKN 11/2008 Anak Lampiran (10)-(11)). */
export const putInvitationSigner: Operation<typeof routes.putInvitationSigner> = async ({
  params,
  body,
  principal,
  now,
}) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const signer: InvitationSigner = {
    programId: params.programId,
    name: body.name,
    ...(body.nip ? { nip: body.nip } : {}),
    position: body.position,
    updatedBy: principal.username,
    updatedAt: now.toISOString(),
  };
  await saveInvitationSigner(signer);
  return { statusCode: 200, body: signer };
};
