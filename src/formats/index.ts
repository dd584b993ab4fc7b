/** The built-in formats, registered by id. */
import type { Format } from '../engine/format.js';
import { ogi2008 } from './ogi-2008/index.js';
import { ogi2019 } from './ogi-2019/index.js';
import { ogi2021 } from './ogi-2021/index.js';

/** Built-in formats in detection order (the first wins a tie). */
export const builtInFormats: readonly Format[] = Object.freeze([ogi2021, ogi2019, ogi2008]);

/** A built-in format by id. */
export function getFormat(id: string): Format | undefined {
  return builtInFormats.find((f) => f.id === id);
}

export { ogi2008, ogi2019, ogi2021 };
