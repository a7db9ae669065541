/**
 * A module loaded the first time it is asked for, not at start: the gateway is most of the code, so
 * `lgsp-sim sim …`, `test` and `verify` start in a fraction of the time without it. `path` is
 * absolute and without an extension (tsx runs the .ts sources, the build the .js). A plain require,
 * because tsx runs these files as CommonJS, where an import() would go to Node's ESM loader, which
 * does not find extensionless TypeScript files.
 */
export function onDemand<T>(path: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: import() does not reach tsx's loader
  return () => require(path) as T;
}
