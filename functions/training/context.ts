/** Where a participant's CV is kept in the uploads bucket. */
export const cvObjectKey = (programId: string, nip: string) => `training/${programId}/${nip}/CV`;
