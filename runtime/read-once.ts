/**
 * `load`, read once per distinct arguments through the result: for the records of one queue batch, which
 * mostly name the same programme and cohort (a batch is one snapshot, as if read at its start). A failed read
 * is forgotten, so the next record that needs it reads again.
 */
export function readOnce<A extends (string | number)[], R>(
  load: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const reads = new Map<string, Promise<R>>();
  return (...args: A) => {
    const key = args.join('\u0000');
    let read = reads.get(key);
    if (!read) {
      read = load(...args);
      reads.set(key, read);
      read.catch(() => reads.delete(key));
    }
    return read;
  };
}
