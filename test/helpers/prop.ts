import fc from "fast-check";
import { test as vitestTest } from "vitest";

export { fc };

type Arbitraries<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/**
 * A property test: `test.prop([arbitraries], parameters)(name, body)` runs `body` on generated values with
 * `fc.assert` (the global settings of `test/setup.ts` apply: runs, seed, verbose counterexamples).
 *
 * The same call shape as `@fast-check/vitest`, which this replaces: that package builds every chain of test
 * modifiers when it is imported (about 1.7 s per test file on these machines), which made each mutant's run in
 * `npm run mutation` ten times slower than its tests.
 */
function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: Arbitraries<Ts>,
  parameters?: fc.Parameters<Ts>,
) {
  return (name: string, body: (...values: Ts) => unknown, timeout?: number): void => {
    vitestTest(
      name,
      async () => {
        // fast-check types asyncProperty per arity; the arity here is the caller's, so build it untyped.
        const asyncProperty = fc.asyncProperty as unknown as (...args: unknown[]) => fc.IAsyncProperty<Ts>;
        const property = asyncProperty(...arbitraries, async (...values: unknown[]) => {
          await body(...(values as Ts));
        });
        await fc.assert(property, parameters as fc.Parameters<Ts> | undefined);
      },
      timeout,
    );
  };
}

/** vitest's `test`, with `test.prop` for property tests. */
export const test = Object.assign((...args: Parameters<typeof vitestTest>) => vitestTest(...args), { prop });
