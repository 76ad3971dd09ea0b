import { randomUUID } from 'node:crypto';
import { dateInWib } from '../../domain/shared/dates';
import { checkFacilitatorPost, cohortModuleViolations } from '../../domain/training/delivery';
import type { ForumPost } from '../../events/api/delivery';
import type { routes } from '../../events/api/routes';
import { addForumPost, cohortDelivery, forumPosts } from '../../adapters/dynamodb/delivery-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';
import { moduleContext } from './context';

const newPost = (fields: Omit<ForumPost, 'id' | 'postedAt'>, now: Date): ForumPost => {
  const postedAt = now.toISOString();
  return { id: `${postedAt}#${randomUUID()}`, ...fields, postedAt };
};

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
  const post = newPost(
    {
      programId: params.programId,
      cohort: cohort.number,
      module: params.module,
      author: { kind: 'PESERTA', name: participant.name, nip: participant.nip },
      text: body.text,
      postedBy: principal.username,
    },
    now,
  );
  await addForumPost(post);
  return { statusCode: 201, body: post };
};

/** BKN writes in a module's forum for one of the facilitators it set for that module (FORUM-FASILITATOR). */
export const postAsFacilitator: Operation<typeof routes.postAsFacilitator> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, { setup }] = await Promise.all([
    findCohort(params.programId, params.number),
    cohortDelivery(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const modules = setup?.modules.map((m) => m.code) ?? null;
  const outside = cohortModuleViolations(cohort.number, modules, params.module);
  if (outside.length > 0) throw rulesNotMet(outside);
  const module = setup!.modules.find((m) => m.code === params.module)!;
  const facilitator = checkFacilitatorPost(module.facilitators, module.code, body.facilitator);
  if (!facilitator.ok) throw rulesNotMet(facilitator.violations);
  const { name, nip } = facilitator.value;
  const post = newPost(
    {
      programId: params.programId,
      cohort: cohort.number,
      module: module.code,
      author: { kind: 'FASILITATOR', name, ...(nip ? { nip } : {}) },
      text: body.text,
      postedBy: principal.username,
    },
    now,
  );
  await addForumPost(post);
  return { statusCode: 201, body: post };
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
