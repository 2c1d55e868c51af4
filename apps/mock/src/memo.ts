/**
 * A pure function of a header value, remembered for the few values a client sends again and again (its
 * `Accept`, its `Authorization`, the `Host` it names), so each request does not parse them anew. At most
 * `limit` values are kept; past that the oldest is forgotten, so a client sending endless distinct
 * values costs memory for `limit` of them only.
 */
export function memoize<T>(compute: (value: string) => T, limit = 64): (value: string) => T {
  const remembered = new Map<string, T>();
  return (value) => {
    const known = remembered.get(value);
    if (known !== undefined || remembered.has(value)) return known as T;
    const computed = compute(value);
    if (remembered.size >= limit) remembered.delete(remembered.keys().next().value!);
    remembered.set(value, computed);
    return computed;
  };
}
