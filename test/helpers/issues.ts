import { expect } from "vitest";
import { VnWomenLeadershipError } from "../../src/errors/errors.js";

/** The code, path and parameters of the one issue that `f` throws as a library error (its message aside). */
export function issueOf(f: () => unknown): {
  code: string | undefined;
  path: readonly (string | number)[] | undefined;
  params: unknown;
} {
  try {
    f();
  } catch (e) {
    if (!VnWomenLeadershipError.is(e)) throw e;
    expect(e.issues).toHaveLength(1);
    const [first] = e.issues;
    return { code: first?.code, path: first?.path, params: first?.params };
  }
  throw new Error("expected a library error, got none");
}
