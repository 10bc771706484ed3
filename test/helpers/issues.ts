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

/**
 * What a call does, for a table of refusals: the library's error with the code, path and parameters of each issue
 * (their messages are the catalogue's, pinned in test/i18n), or `accepted(value)` when the call returns. Any other
 * error fails the test: a bad argument must get the library's error, never a crash.
 */
export function refusal(f: () => unknown, accepted: (value: unknown) => unknown = () => "accepted"): unknown {
  let value: unknown;
  try {
    value = f();
  } catch (e) {
    if (!VnWomenLeadershipError.is(e)) throw e;
    return { error: e.name, issues: e.issues.map((i) => ({ code: i.code, path: i.path, params: i.params })) };
  }
  return accepted(value);
}
