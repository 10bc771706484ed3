/**
 * The number of generated cases for a property that asks for more than the global default: `wanted`, capped by
 * `FC_MAX_RUNS` when it is set (the mutation suite sets it, so that each mutant's run stays short).
 */
export function runs(wanted: number): number {
  const cap = Number(process.env["FC_MAX_RUNS"] ?? Number.POSITIVE_INFINITY);
  return Number.isFinite(cap) && cap > 0 ? Math.min(wanted, cap) : wanted;
}
