import { randomUUID } from 'node:crypto';
import { dateInWib } from '../../domain/shared/dates';
import { checkFacilitatorPost } from '../../domain/training/delivery';
import type { ForumPost } from '../../events/api/delivery';
import type { routes } from '../../events/api/routes';
import { addForumPost, forumPosts } from '../../adapters/dynamodb/delivery-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortModule, moduleContext } from './context';

/** Writes a post to the forum of `module` of `cohort`, answered as created. */
async function publish(
  at: { programId: string; cohort: number; module: string },
  author: ForumPost['author'],
  text: string,
  by: string,
  now: Date,
) {
  const postedAt = now.toISOString();
  const post: ForumPost = { id: `${postedAt}#${randomUUID()}`, ...at, author, text, postedBy: by, postedAt };
  await addForumPost(post);
  return { statusCode: 201 as const, body: post };
}

/** A participant writes in the forum of a module of their cohort's e-learning (Timeline No 6, "forum diskusi"). */
export const postToForum: Operation<typeof routes.postToForum> = async ({
  params,
  body,
  principal,
  scoped: { participant },
  now,
}) => {
  const { cohort } = await moduleContext(
    params.programId,
    participant,
    params.module,
    'FORUM',
    dateInWib(now),
  );
  return publish(
    { programId: params.programId, cohort: cohort.number, module: params.module },
    { kind: 'PESERTA', name: participant.name, nip: participant.nip },
    body.text,
    principal.username,
    now,
  );
};

/** BKN writes in a module's forum for one of the facilitators it set for that module (FORUM-FASILITATOR). */
export const postAsFacilitator: Operation<typeof routes.postAsFacilitator> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const { cohort, module } = await cohortModule(params.programId, params.number, params.module);
  const facilitator = checkFacilitatorPost(module.facilitators, module.code, body.facilitator);
  if (!facilitator.ok) throw rulesNotMet(facilitator.violations);
  const { name, nip } = facilitator.value;
  return publish(
    { programId: params.programId, cohort, module: module.code },
    { kind: 'FASILITATOR', name, ...(nip ? { nip } : {}) },
    body.text,
    principal.username,
    now,
  );
};

/** The forum of a module of the participant's cohort, oldest post first. */
export const listForum: Operation<typeof routes.listForum> = async ({
  params,
  scoped: { participant },
  now,
}) => {
  const { cohort } = await moduleContext(
    params.programId,
    participant,
    params.module,
    'FORUM',
    dateInWib(now),
  );
  return {
    statusCode: 200,
    body: { items: await forumPosts(params.programId, cohort.number, params.module) },
  };
};
