import { mayActForInstansi } from '../../../domain/access/scope';
import { instansiRead } from '../../../adapters/dynamodb/instansi-repository';
import { instansiNotFound } from '../not-found';
import { readingByKey } from './batched';
import { param } from './holder-scope';

/** `instansi`: the instansi of the path, if the caller acts for it; else the 404 of an unregistered one. */
export const instansiScope = readingByKey<'instansi'>(async (params, actor, read) => {
  const [instansi, who] = await Promise.all([read(instansiRead(param(params, 'instansiCode'))), actor]);
  if (!instansi || (who.restricted && !mayActForInstansi(who, instansi).ok)) throw instansiNotFound();
  return { instansi };
});
