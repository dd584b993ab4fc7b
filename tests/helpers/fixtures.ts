/** Fixture discovery for tests: fixtures/<format>/<case>/ with input.txt and/or input.html and expected.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expected {
  readonly id: string;
  readonly fields: Record<string, string | number>;
  readonly milestones: string[];
  readonly optionalMilestones?: string[];
  readonly uncertain: string[];
  readonly notes: string;
}

export interface FixtureCase {
  readonly name: string;
  readonly dir: string;
  readonly inputs: Array<{ readonly type: 'text' | 'html'; readonly path: string; readonly content: string }>;
  readonly expected: Expected;
}

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const group of readdirSync(FIXTURES).sort()) {
    const groupDir = join(FIXTURES, group);
    for (const name of readdirSync(groupDir).sort()) {
      const dir = join(groupDir, name);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      const inputs: FixtureCase['inputs'] = [];
      for (const [file, type] of [['input.txt', 'text'], ['input.html', 'html']] as const) {
        const path = join(dir, file);
        if (existsSync(path)) inputs.push({ type, path, content: readFileSync(path, 'utf8') });
      }
      cases.push({ name: `${group}/${name}`, dir, inputs, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) });
    }
  }
  return cases;
}
