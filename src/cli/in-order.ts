/**
 * Inputs handled one after the other, in order, where some (PDFs: pdf.js is asynchronous) give their result as a
 * promise: synchronous until the first promise, then each awaited in turn. A run over text files stays
 * synchronous, so callers that need a number at once (the in-process CLI of the tests) still get one.
 */
export function inOrder<T, R>(
  items: readonly T[],
  step: (item: T) => R | Promise<R>,
  use: (result: R) => void,
  done: () => number,
): number | Promise<number> {
  for (let i = 0; i < items.length; i++) {
    const result = step(items[i]!);
    if (result instanceof Promise) return rest(items, i + 1, result, step, use, done);
    use(result);
  }
  return done();
}

async function rest<T, R>(
  items: readonly T[],
  from: number,
  first: Promise<R>,
  step: (item: T) => R | Promise<R>,
  use: (result: R) => void,
  done: () => number,
): Promise<number> {
  use(await first);
  for (let i = from; i < items.length; i++) {
    // Let the event loop run between inputs: pdf.js works in promise chains, which alone never yield to it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    use(await step(items[i]!));
  }
  return done();
}
