/**
 * Stage 2 of an evaluation: accumulate the groups. One pass over the units in force sums each group's counts
 * (overall, per tier, per sector, per unit), so that every indicator is judged from the same sums.
 *
 * @module
 */
import { type Tier, tierRank } from "../organisation/tier.js";
import { NO_SECTOR, type Unit } from "../organisation/unit.js";
import type { UnitTallyInput } from "../tally/input.js";
import type { Accepted } from "./input.js";
import type { OutOfScopeUnits } from "./types.js";

/** Counts of a group, summed over its units. */
export interface Acc {
  unitIds: string[];
  /** The sector, for sector groups and unit groups (set on every group, so that all have one shape). */
  sector: string | undefined;
  // I.1.1, units in scope
  inScope: number;
  scopeReporting: number;
  scopeWithKeyLeaders: number;
  scopeWithFemale: number;
  klWomen: number;
  klTotal: number;
  // people indicators and coverage, all units in force
  reporting: number;
  missing: number;
  poolWomen: number;
  poolTotal: number;
  poolTrained: number;
  wfWomen: number;
  wfTotal: number;
}

const newAcc = (): Acc => ({
  unitIds: [],
  sector: undefined,
  inScope: 0,
  scopeReporting: 0,
  scopeWithKeyLeaders: 0,
  scopeWithFemale: 0,
  klWomen: 0,
  klTotal: 0,
  reporting: 0,
  missing: 0,
  poolWomen: 0,
  poolTotal: 0,
  poolTrained: 0,
  wfWomen: 0,
  wfTotal: 0,
});

function addUnit(acc: Acc, unit: Unit, tally: UnitTallyInput | undefined, inScope: boolean): void {
  acc.unitIds.push(unit.id);
  if (tally === undefined) acc.missing++;
  else {
    acc.reporting++;
    acc.poolWomen += tally.planningPool.women;
    acc.poolTotal += tally.planningPool.total;
    acc.poolTrained += tally.planningPool.womenTrained;
    acc.wfWomen += tally.workforce?.women ?? 0;
    acc.wfTotal += tally.workforce?.total ?? 0;
  }
  if (!inScope) return;
  acc.inScope++;
  if (tally === undefined) return;
  acc.scopeReporting++;
  acc.klWomen += tally.keyLeaders.women;
  acc.klTotal += tally.keyLeaders.total;
  if (tally.keyLeaders.total > 0) acc.scopeWithKeyLeaders++;
  if (tally.keyLeaders.women > 0) acc.scopeWithFemale++;
}

/** The groups of an evaluation: levels from the top, the other lists sorted by key (code-unit order). */
export interface Groups {
  readonly overall: Acc;
  readonly byTier: readonly [string, Acc][];
  readonly bySector: readonly [string, Acc][];
  readonly byUnit: readonly [string, Acc][];
  /** Units in force without an accepted tally, sorted. */
  readonly missingUnitIds: readonly string[];
  /** Units in force outside the scope of I.1.1, by kind and tier, sorted. */
  readonly outOfScope: readonly OutOfScopeUnits[];
  /** The workforce of a whole sector, for judging eligibility per sector. */
  readonly sectorWorkforce: (sector: string) => { readonly women: number; readonly total: number };
}

// Keys are distinct (one entry per key): never equal.
const byKey = (a: [string, Acc], b: [string, Acc]) => (a[0] < b[0] ? -1 : 1);

/** Stage 2: one pass over the units in force, every group's counts. */
export function accumulateGroups(accepted: Accepted): Groups {
  const kinds = new Set<string>(accepted.settings.scope.unitKinds);
  const tierSet = new Set<string>(accepted.tiers);
  const overall = newAcc();
  const tierGroups = new Map<string, Acc>();
  const sectorGroups = new Map<string, Acc>();
  // Unit ids are unique (the units were checked), so each unit's group is new: a list, not a map.
  const unitList: [string, Acc][] = [];
  const group = (m: Map<string, Acc>, k: string): Acc => {
    let acc = m.get(k);
    if (acc === undefined) {
      acc = newAcc();
      m.set(k, acc);
    }
    return acc;
  };
  const missingUnitIds: string[] = [];
  const outOfScope = new Map<string, { kind: string; tier: string; count: number }>();
  for (const unit of accepted.inForce) {
    const tally = accepted.tallies.get(unit.id);
    const inScope = kinds.has(unit.kind) && tierSet.has(unit.tier);
    if (!inScope) {
      const k = `${unit.kind}\u0000${unit.tier}`;
      const entry = outOfScope.get(k);
      if (entry === undefined) outOfScope.set(k, { kind: unit.kind, tier: unit.tier, count: 1 });
      else entry.count++;
    }
    const sector = unit.sector ?? NO_SECTOR;
    if (tally === undefined) missingUnitIds.push(unit.id);
    const sectorAcc = group(sectorGroups, sector);
    sectorAcc.sector = sector;
    addUnit(overall, unit, tally, inScope);
    addUnit(group(tierGroups, unit.tier), unit, tally, inScope);
    addUnit(sectorAcc, unit, tally, inScope);
    // Per-unit results on demand: at national scale they are most of an evaluation's cost and size.
    if (accepted.unitResults) {
      const unitAcc = newAcc();
      unitAcc.sector = sector;
      addUnit(unitAcc, unit, tally, inScope);
      unitList.push([unit.id, unitAcc]);
    }
  }
  return {
    overall,
    // Levels from the top (central, province, district, commune), as reports list them.
    byTier: [...tierGroups].sort((a, b) => tierRank(a[0] as Tier) - tierRank(b[0] as Tier)),
    bySector: [...sectorGroups].sort(byKey),
    byUnit: unitList.sort(byKey),
    missingUnitIds: missingUnitIds.sort(),
    outOfScope: [...outOfScope.values()].sort((a, b) =>
      a.kind === b.kind ? (a.tier < b.tier ? -1 : 1) : a.kind < b.kind ? -1 : 1,
    ),
    sectorWorkforce: (sector) => {
      const acc = sectorGroups.get(sector);
      return { women: acc?.wfWomen ?? 0, total: acc?.wfTotal ?? 0 };
    },
  };
}
