import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

// Entry points: the pure library (no I/O, runs in browsers), the CLI and its pool worker (Node only). After each build the JSON
// Schemas are generated from the built zod schemas and shipped beside the code (exports `./schema.json` …).
export default defineConfig({
  entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts', cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  async onSuccess() {
    // A runtime URL (not a literal) so the config bundler leaves the import alone; the query defeats the cache.
    const url = `${pathToFileURL(resolve('dist/index.js')).href}?t=${Date.now()}`;
    const built = await import(url);
    const write = (name: string, schema: unknown) => writeFileSync(`dist/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
    write('schema.json', built.cliLineJsonSchema());
    write('record.schema.json', built.recordJsonSchema());
    write('report.schema.json', built.reportJsonSchema());
  },
});
