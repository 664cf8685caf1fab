/**
 * Starts the xlsx worker. Webpack 5 turns this `new Worker(new URL(...))` into a worker chunk of
 * its own. Kept alone, and imported only where a Worker exists, because `import.meta` does not
 * compile to the CommonJS that jest runs.
 */
export function spawnXlsxWorker(): Worker {
  return new Worker(/* webpackChunkName: "xlsx-worker" */ new URL("./xlsx-worker.ts", import.meta.url), {
    name: "sales-kit-xlsx",
  });
}
