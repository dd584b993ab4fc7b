/**
 * Build docs/playground.html: the playground script (main.ts) bundled with the library by esbuild into one
 * inline script of page.html, so the page opens offline from file:// with nothing to fetch.
 *   node docs/playground/build.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = (p) => new URL(p, import.meta.url).pathname;

export async function buildPlayground() {
  const result = await build({
    entryPoints: [here('main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  // `</script` inside the bundle would end the inline script early.
  const code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const page = readFileSync(here('page.html'), 'utf8');
  return page.replace('/*BUNDLE*/', () => code);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = await buildPlayground();
  writeFileSync(here('../playground.html'), html);
  console.log(`docs/playground.html: ${(html.length / 1024).toFixed(0)} KB`);
}
