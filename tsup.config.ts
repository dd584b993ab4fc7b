import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

// Two builds into dist/ (package.json's prebuild empties it first; neither cleans, so they can run side by side):
// - the library: the pure core (no I/O, runs in browsers) and its PDF entry, with type declarations; dependencies stay
//   imports, for the user's bundler and package manager to resolve. After it is built, the JSON Schemas are generated
//   from the built zod schemas and shipped beside the code (exports `./schema.json` …).
// - the CLI and its pool worker (Node only), with the parser's dependencies bundled in: each thread then loads a few
//   files instead of ~175 (zod alone is 92), which halves the start of every run and of every worker (210 → 95 ms CPU
//   on the core's import). pdf.js (large, loaded only for a PDF), piscina (it starts its own worker file), and the
//   main thread's cli-progress and tinyglobby stay imports.
const library = defineConfig({
  entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' } },
  sourcemap: true,
  clean: false,
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

const KEPT_AS_IMPORTS = ['pdfjs-dist', 'piscina', 'cli-progress', 'tinyglobby'];

const cli = defineConfig({
  entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  sourcemap: true,
  clean: false,
  splitting: true,
  treeshake: true,
  external: KEPT_AS_IMPORTS,
  noExternal: [new RegExp(`^(?!(?:${KEPT_AS_IMPORTS.join('|')})(?:/|$))`)],
});

export default [library, cli];
