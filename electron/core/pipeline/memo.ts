/**
 * Values worked out from one version of their sources (a configuration; a budget list and its periods) and
 * asked for on every request: kept by key until any source changes (compared by identity), never more
 * than `max` at once.
 */
export function memoPerVersion<V>(max = 256): (sources: readonly unknown[], key: string, make: () => V) => V {
  let version: readonly unknown[] = [];
  let values = new Map<string, V>();
  return (sources, key, make) => {
    if (sources.length !== version.length || sources.some((s, i) => s !== version[i])) {
      version = sources;
      values = new Map();
    }
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      if (values.size >= max) values.clear();
      values.set(key, value);
    }
    return value;
  };
}
