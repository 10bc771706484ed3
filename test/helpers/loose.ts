// Tests read fields of group results without narrowing on `status` first: a loose view for assertions only.
import type {
  GroupBase,
  GroupResult,
  IndicatorResult,
  JudgedGroup,
  NotComputableGroup,
} from "../../src/index.js";

/** A group result with every field of every status optional. */
export type LooseGroup = GroupBase &
  Partial<Omit<JudgedGroup, keyof GroupBase | "status">> &
  Partial<Omit<NotComputableGroup, keyof GroupBase | "status" | "keyLeaderShare">> & {
    readonly status: GroupResult["status"];
  };

/** An indicator result whose groups are {@link LooseGroup}s. */
export interface LooseIndicator extends Omit<IndicatorResult, "overall" | "byTier" | "bySector" | "byUnit"> {
  readonly overall: LooseGroup;
  readonly byTier: readonly LooseGroup[];
  readonly bySector: readonly LooseGroup[];
  readonly byUnit: readonly LooseGroup[];
}

/** The loose view of an indicator result. */
export const loose = (r: IndicatorResult): LooseIndicator => r as unknown as LooseIndicator;

/** The loose view of a group result. */
export const looseGroup = (g: GroupResult): LooseGroup => g as unknown as LooseGroup;
