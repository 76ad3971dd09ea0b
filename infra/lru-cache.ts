/**
 * Bundled in place of `mnemonist/lru-cache` (see infra/bundling.ts). Its one user in our bundles is the
 * DynamoDB client's endpoint-discovery cache (`@aws-sdk/endpoint-cache`), which calls `new LRUCache(capacity)`,
 * `has`, `peek`, `get`, `set` and `clear` with string keys; mnemonist's typed-array cache and the iterator
 * library it requires cost 6.9 KiB in every function that uses DynamoDB, this Map 0.5 KiB
 * (`npm run bundle-report`, docs/BENCHMARKS.md). A Map keeps insertion order: its first key is the least
 * recently used one. test/infra/lru-cache.test.ts checks it against mnemonist's.
 */
export default class LRUCache<K, V> {
  private readonly items = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (typeof capacity !== 'number' || capacity <= 0)
      throw new Error('mnemonist/lru-cache: capacity should be positive number.');
  }

  has(key: K): boolean {
    return this.items.has(key);
  }

  /** The value, without making it the most recently used. */
  peek(key: K): V | undefined {
    return this.items.get(key);
  }

  get(key: K): V | undefined {
    if (!this.items.has(key)) return undefined;
    const value = this.items.get(key)!;
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.items.has(key)) this.items.delete(key);
    else if (this.items.size >= this.capacity) this.items.delete(this.items.keys().next().value!);
    this.items.set(key, value);
  }

  clear(): void {
    this.items.clear();
  }
}
