type Library = typeof import('../../src/index.js');
export function fixtureDocuments(): string[];
export function outputsOf(library: Library): Promise<Record<string, { report: string; record: string }>>;
export function hashesOf(outputs: Record<string, { report: string; record: string }>): Record<string, { report: string; record: string }>;
