/**
 * The schema of a plan configuration: the plan as data, every value from a legal text with its citation.
 *
 * A configuration is JSON (or a TypeScript object). {@link PlanConfigSchema} checks each part, fills the
 * documented defaults of the settings, writes shares in canonical form (`"60%"`), and checks what spans parts:
 * duplicate ids and milestone years, milestones outside the period, references to unknown indicators or actors.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema, monthLength } from "../calendar/calendar-date.js";
import { addZodIssue } from "../i18n/issues.js";
import { LocalGovernmentStructureSchema } from "../organisation/local-government.js";
import { TierSchema } from "../organisation/tier.js";
import { UnitKindSchema } from "../organisation/unit.js";
import { CitationSchema } from "../primitives/citation.js";
import { IdSchema, YearSchema } from "../primitives/ids.js";
import { BilingualSchema, nonEmptyString } from "../primitives/text.js";
import { checkValidity, isAfter, validityFields } from "../primitives/validity.js";
import { PercentSchema } from "../rational/percent.js";
import { AdjustmentSettingsSchema } from "./adjustment-settings.js";

/**
 * A milestone: the target to achieve by the end of `year` (“đến năm 2025 đạt 60%”).
 *
 * @example
 * ```ts
 * MilestoneSchema.parse({ year: 2025, target: "60%", citation: { document: "53/KH-UBND", clause: "I.1.1" } });
 * ```
 */
export const MilestoneSchema = z
  .strictObject({
    year: YearSchema,
    target: PercentSchema,
    citation: CitationSchema,
  })
  .meta({ id: "Milestone" });

/**
 * What an indicator measures, which fixes how it is computed from tallies:
 * - `units-with-female-key-leader`: units in scope with at least one woman among their key leaders ÷ units in
 *   scope (counted in units);
 * - `women-in-planning-pool`: women in the leadership planning pool ÷ everyone in it (people);
 * - `trained-women-in-planning-pool`: women in the pool trained, fostered or capacity-raised ÷ women in the pool
 *   (people);
 * - `qualitative`: a target with no number (Decision 2282's ethnic-minority leaders), reported, never computed.
 *
 * @example
 * ```ts
 * MeasureSchema.parse("women-in-planning-pool");
 * ```
 */
export const MeasureSchema = z
  .enum([
    "units-with-female-key-leader",
    "women-in-planning-pool",
    "trained-women-in-planning-pool",
    "qualitative",
  ])
  .meta({ id: "Measure" });

/**
 * An indicator (chỉ tiêu) with its milestones.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: "women-in-planning-pool",
 *   measure: "women-in-planning-pool",
 *   name: { vi: "Tỷ lệ cán bộ nữ trong diện quy hoạch", en: "Women's share of the planning pool" },
 *   milestones: [{ year: 2025, target: "40%", citation: { document: "53/KH-UBND", clause: "I.1.2" } }],
 *   citation: { document: "53/KH-UBND", clause: "I.1.2" },
 * });
 * ```
 */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema,
    measure: MeasureSchema,
    name: BilingualSchema,
    /** Qualitative targets: the wording of the target. */
    statement: BilingualSchema.optional(),
    /** An editor's note: how the value was read, what to verify. */
    note: BilingualSchema.optional(),
    milestones: z.array(MilestoneSchema).default(() => []),
    citation: CitationSchema,
  })
  .meta({ id: "Indicator" });

/**
 * The adjustment clause: sectors whose workforce is less than `threshold` female may adjust the target of the
 * indicators in `appliesTo`. The text gives the threshold, not a formula (`formula: null`), so the policy is the
 * caller's choice (see the adjustments module).
 *
 * @example
 * ```ts
 * AdjustmentClauseSchema.parse({
 *   threshold: "30%", comparison: "strictly-below", permission: "may", formula: null,
 *   appliesTo: ["agencies-with-female-key-leader"],
 *   text: { vi: "… thấp dưới 30% có thể điều chỉnh mục tiêu …", en: "… below 30% may adjust the target …" },
 *   citation: { document: "53/KH-UBND", clause: "I.1.1" },
 * });
 * ```
 */
export const AdjustmentClauseSchema = z
  .strictObject({
    threshold: PercentSchema,
    /** “thấp dưới 30%”: strictly below. */
    comparison: z.enum(["strictly-below", "at-or-below"]),
    /** “có thể điều chỉnh”: a permission, not a duty. */
    permission: z.enum(["may", "must"]),
    /** The text gives no formula. */
    formula: z.null(),
    /** Where eligibility is judged by default: per sector (“ngành, lĩnh vực”) or per unit. */
    basis: z.enum(["sector", "unit"]).default("sector"),
    appliesTo: z.array(IdSchema).min(1),
    text: BilingualSchema,
    citation: CitationSchema,
  })
  .meta({ id: "AdjustmentClause" });

/**
 * A day of the year a report is due, and whether that day itself is on time: “trước ngày 15/11” is
 * `{ month: 11, day: 15, inclusive: false }` (the last on-time day is 14/11).
 *
 * @example
 * ```ts
 * DueDaySchema.parse({ month: 11, day: 15, inclusive: false });
 * ```
 */
export const DueDaySchema = z
  .strictObject({
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
    inclusive: z.boolean(),
  })
  .superRefine((d, ctx) => {
    // 29/2 would not exist in most years: refuse it too.
    if (d.day > monthLength(2023, d.month))
      addZodIssue(ctx, "due-day.invalid", { month: d.month, day: d.day });
  })
  .meta({ id: "DueDay" });

/**
 * When a report is due: every year, or once in a given year; `due: null` when the text gives no day
 * (never invent one); `as-prescribed` when the text gives no time at all (“theo quy định”: a duty with no deadline
 * of its own, listed but never scheduled).
 *
 * @example
 * ```ts
 * ScheduleSchema.parse({ kind: "annual", due: null });
 * ```
 */
export const ScheduleSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("annual"), due: DueDaySchema.nullable() }),
    z.strictObject({ kind: z.literal("once"), year: YearSchema, due: DueDaySchema.nullable() }),
    z.strictObject({ kind: z.literal("as-prescribed") }),
  ])
  .meta({ id: "Schedule" });

/**
 * A reporting duty: who reports to whom (through whom), when, under which clause.
 *
 * @example
 * ```ts
 * ReportingDutySchema.parse({
 *   id: "unit-annual-report",
 *   name: { vi: "Báo cáo kết quả hằng năm", en: "Annual results report" },
 *   actor: "provincial-units", recipient: "provincial-peoples-committee", via: "department-of-home-affairs",
 *   schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
 *   citation: { document: "53/KH-UBND", clause: "IV.6.b" },
 * });
 * ```
 */
export const ReportingDutySchema = z
  .strictObject({
    id: IdSchema,
    name: BilingualSchema,
    actor: IdSchema,
    recipient: IdSchema,
    via: IdSchema.optional(),
    schedule: ScheduleSchema,
    ...validityFields,
    citation: CitationSchema,
  })
  .superRefine(checkValidity)
  .meta({ id: "ReportingDuty" });

/**
 * An actor of the plan: a department, a level of government, an organisation; with validity dates, since the
 * 2025 restructuring merged some departments and abolished district-level People's Committees.
 *
 * @example
 * ```ts
 * ActorSchema.parse({ id: "department-of-home-affairs", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } });
 * ```
 */
export const ActorSchema = z
  .strictObject({
    id: IdSchema,
    name: BilingualSchema,
    /** “Đề nghị”: the plan requests, it cannot order (Fatherland Front, Women's Union). */
    requested: z.boolean().default(false),
    ...validityFields,
    /** Actors that took over this actor's functions when it ceased. */
    successors: z.array(IdSchema).optional(),
    note: BilingualSchema.optional(),
    /** Sources of the validity dates and the note (a decree, the province's decision). */
    sources: z.array(CitationSchema).optional(),
  })
  .superRefine(checkValidity)
  .meta({ id: "Actor" });

/**
 * A duty of an actor under the plan (section IV), with validity dates.
 *
 * @example
 * ```ts
 * ResponsibilitySchema.parse({
 *   id: "IV.1.b", actor: "department-of-home-affairs",
 *   text: { vi: "Hằng năm tổng hợp, báo cáo Bộ Nội vụ", en: "Every year report to the Ministry of Home Affairs" },
 *   citation: { document: "53/KH-UBND", clause: "IV.1.b" },
 * });
 * ```
 */
export const ResponsibilitySchema = z
  .strictObject({
    id: IdSchema,
    actor: IdSchema,
    text: BilingualSchema,
    ...validityFields,
    citation: CitationSchema,
  })
  .superRefine(checkValidity)
  .meta({ id: "Responsibility" });

/**
 * A provision with an id, a text and a citation: a requirement (I.2), a lettered item of a task, a funding source.
 *
 * @example
 * ```ts
 * ProvisionSchema.parse({ id: "I.2.1", text: { vi: "Tăng cường sự lãnh đạo…", en: "Strengthen leadership…" },
 *   citation: { document: "53/KH-UBND", clause: "I.2.1" } });
 * ```
 */
export const ProvisionSchema = z
  .strictObject({
    id: IdSchema,
    text: BilingualSchema,
    ...validityFields,
    citation: CitationSchema,
  })
  .superRefine(checkValidity)
  .meta({ id: "Provision" });

/**
 * A task and solution (section II) with its lettered items.
 *
 * @example
 * ```ts
 * TaskSchema.parse({ id: "II.4", title: { vi: "Hợp tác quốc tế", en: "International cooperation" },
 *   citation: { document: "53/KH-UBND", clause: "II.4" } });
 * ```
 */
export const TaskSchema = z
  .strictObject({
    id: IdSchema,
    title: BilingualSchema,
    items: z.array(ProvisionSchema).default(() => []),
    citation: CitationSchema,
  })
  .meta({ id: "Task" });

/**
 * The readings of the law that the texts leave open, each a named setting with a documented default. Every
 * result records the settings it used.
 *
 * - `keyLeaders` — who is a key leader (lãnh đạo chủ chốt): `heads-and-deputies` (default: national statistics
 *   count Chủ tịch and Phó Chủ tịch of People's Councils and People's Committees, and deputy ministers) or
 *   `heads-only`.
 * - `scope` — which units indicator I.1.1 counts: kinds (default: state management agencies and local
 *   governments, as the text says “cơ quan quản lý nhà nước, chính quyền địa phương các cấp”) and tiers
 *   (default: every tier in force).
 * - `unitTargetReading` — how a share target becomes a number of units: `at-least-share` (default: 60% of 23
 *   units needs 14, the ceiling), `round-half-up` (14), `round-down` (13).
 * - `deadlineRollForward` — a deadline on a weekend or holiday: `none` (default, the literal text) or
 *   `next-working-day` (Civil Code 2015 art. 148(5) convention).
 * - `missingUnits` — units in scope that did not report: `count-as-not-met` (default, conservative) or `exclude`.
 * - `lapsedTiers` — units in force on the snapshot date whose tier is not (a district left without `validTo` in
 *   2025): `exclude` (default: they count nowhere, their tallies are rejected and a warning lists them) or `count`
 *   (they count in the people indicators and their tier's group, as before the reform; still warned).
 * - `adjustment` — how the under-30% clause is applied: a default policy (`none`, the default: the clause is a
 *   permission) and policies per sector or unit (see `AdjustmentSettingsSchema`); `evaluate` applies them.
 *
 * @example
 * ```ts
 * SettingsSchema.parse({}).keyLeaders; //=> "heads-and-deputies"
 * ```
 */
export const SettingsSchema = z
  .strictObject({
    keyLeaders: z.enum(["heads-and-deputies", "heads-only"]).default("heads-and-deputies"),
    scope: z
      .strictObject({
        unitKinds: z
          .array(UnitKindSchema)
          .min(1)
          .default(() => ["state-agency" as const, "local-government" as const]),
        tiers: z.union([z.literal("all-in-force"), z.array(TierSchema).min(1)]).default("all-in-force"),
      })
      .default(() => ({
        unitKinds: ["state-agency" as const, "local-government" as const],
        tiers: "all-in-force" as const,
      })),
    unitTargetReading: z.enum(["at-least-share", "round-half-up", "round-down"]).default("at-least-share"),
    deadlineRollForward: z.enum(["none", "next-working-day"]).default("none"),
    missingUnits: z.enum(["count-as-not-met", "exclude"]).default("count-as-not-met"),
    lapsedTiers: z.enum(["exclude", "count"]).default("exclude"),
    adjustment: AdjustmentSettingsSchema.default(() => AdjustmentSettingsSchema.parse({})),
  })
  .meta({ id: "Settings" });

/**
 * A legal document: a decision, plan or official letter.
 *
 * @example
 * ```ts
 * DocumentSchema.parse({
 *   number: "2282/QĐ-TTg", type: { vi: "Quyết định", en: "Decision" },
 *   issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" }, issueDate: "2020-12-31",
 * });
 * ```
 */
export const DocumentSchema = z
  .strictObject({
    number: nonEmptyString("number"),
    type: BilingualSchema,
    issuer: BilingualSchema,
    issueDate: CalendarDateSchema,
    title: BilingualSchema.optional(),
    signer: z
      .strictObject({
        name: nonEmptyString("name"),
        title: BilingualSchema,
        /** The signing formula as printed, line by line (`["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]`). */
        formula: z.array(nonEmptyString("formula")).min(1).optional(),
      })
      .optional(),
    /** The distribution list (Nơi nhận), each line as printed. */
    recipients: z.array(nonEmptyString("recipients")).optional(),
    /**
     * The day the document's duties start, and on what basis (a plan that states no effective date is read as in
     * force from its issue date: an inferred reading, cited as such).
     */
    effectiveFrom: z.strictObject({ date: CalendarDateSchema, citation: CitationSchema }).optional(),
    /** Clause ids used before, each with the clause id it now is, so that old citations still resolve. */
    clauseAliases: z.record(nonEmptyString("clause"), nonEmptyString("clause")).optional(),
    /** Sources of facts about the document that it does not state itself (a later merger, a reform). */
    sources: z.array(CitationSchema).optional(),
  })
  .meta({ id: "Document" });

const PlanConfigObject = z.strictObject({
  /** The JSON Schema an editor reads for completion (`vn-women-leadership/plan-config.schema.json`); ignored. */
  $schema: z.string().optional(),
  id: IdSchema,
  document: DocumentSchema,
  jurisdiction: z.strictObject({
    level: z.enum(["national", "province"]),
    name: BilingualSchema,
    note: BilingualSchema.optional(),
    /** Sources of the note (a merger, a reform). */
    sources: z.array(CitationSchema).optional(),
  }),
  legalBasis: z.array(DocumentSchema).default(() => []),
  period: z.strictObject({ start: YearSchema, end: YearSchema }),
  /** The general objective (Plan 53 I.1), in the text's words. */
  objective: ProvisionSchema.optional(),
  indicators: z.array(IndicatorSchema).min(1),
  adjustment: AdjustmentClauseSchema.nullable().default(null),
  requirements: z.array(ProvisionSchema).default(() => []),
  tasks: z.array(TaskSchema).default(() => []),
  fundingSources: z.array(ProvisionSchema).default(() => []),
  actors: z.array(ActorSchema).default(() => []),
  responsibilities: z.array(ResponsibilitySchema).default(() => []),
  reportingDuties: z.array(ReportingDutySchema).default(() => []),
  localGovernment: LocalGovernmentStructureSchema,
  settings: SettingsSchema.default(() => SettingsSchema.parse({})),
});

type PlanShape = z.output<typeof PlanConfigObject>;

function duplicates<T>(items: readonly T[], key: (t: T) => string | number): Map<string | number, number[]> {
  const seen = new Map<string | number, number[]>();
  items.forEach((item, i) => {
    const k = key(item);
    seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

function checkPlan(plan: PlanShape, ctx: z.core.$RefinementCtx<unknown>): void {
  const { start, end } = plan.period;
  if (start > end) addZodIssue(ctx, "period.reversed", { start, end }, ["period", "end"]);

  const collections = [
    ["indicators", plan.indicators],
    ["requirements", plan.requirements],
    ["tasks", plan.tasks],
    ["fundingSources", plan.fundingSources],
    ["actors", plan.actors],
    ["responsibilities", plan.responsibilities],
    ["reportingDuties", plan.reportingDuties],
  ] as const;
  for (const [name, items] of collections) {
    for (const [id, idx] of duplicates<{ id: string }>(items, (x) => x.id)) {
      const code = name === "indicators" ? "indicator.duplicate-id" : "id.duplicate";
      addZodIssue(ctx, code, { id: String(id), collection: name }, [name, idx[1] ?? 0, "id"]);
    }
  }

  for (const [number, idx] of duplicates(plan.legalBasis, (d) => d.number)) {
    addZodIssue(ctx, "id.duplicate", { id: number, collection: "legalBasis" }, [
      "legalBasis",
      idx[1] ?? 0,
      "number",
    ]);
  }

  plan.indicators.forEach((indicator, i) => {
    if (indicator.measure === "qualitative" && indicator.milestones.length > 0) {
      addZodIssue(ctx, "indicator.qualitative-with-milestones", { id: indicator.id }, [
        "indicators",
        i,
        "milestones",
      ]);
    }
    if (indicator.measure !== "qualitative" && indicator.milestones.length === 0) {
      addZodIssue(ctx, "indicator.quantitative-without-milestones", { id: indicator.id }, [
        "indicators",
        i,
        "milestones",
      ]);
    }
    for (const [year, idx] of duplicates(indicator.milestones, (m) => m.year)) {
      addZodIssue(ctx, "milestone.duplicate-year", { year, indicator: indicator.id }, [
        "indicators",
        i,
        "milestones",
        idx[1] ?? 0,
        "year",
      ]);
    }
    indicator.milestones.forEach((m, j) => {
      if (m.year < start || m.year > end) {
        addZodIssue(ctx, "milestone.outside-period", { year: m.year, start, end }, [
          "indicators",
          i,
          "milestones",
          j,
          "year",
        ]);
      }
    });
  });

  // The structure must say which tiers exist on every day of the programme.
  const first = plan.localGovernment[0];
  const last = plan.localGovernment.at(-1);
  const startDay = `${String(start).padStart(4, "0")}-01-01`;
  const endDay = `${String(end).padStart(4, "0")}-12-31`;
  if (isAfter(first?.from, startDay) || isAfter(endDay, last?.to)) {
    addZodIssue(ctx, "tiers.period-not-covered", { start, end }, ["localGovernment"]);
  }

  const indicatorIds = new Set(plan.indicators.map((x) => x.id));
  plan.adjustment?.appliesTo.forEach((id, i) => {
    if (!indicatorIds.has(id))
      addZodIssue(ctx, "indicator.unknown-id", { id }, ["adjustment", "appliesTo", i]);
  });

  const actorIds = new Set(plan.actors.map((a) => a.id));
  const checkActor = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !actorIds.has(id)) addZodIssue(ctx, "actor.unknown-id", { id }, path);
  };
  for (const [i, a] of plan.actors.entries()) {
    for (const [j, s] of (a.successors ?? []).entries()) checkActor(s, ["actors", i, "successors", j]);
  }
  for (const [i, r] of plan.responsibilities.entries()) checkActor(r.actor, ["responsibilities", i, "actor"]);
  plan.reportingDuties.forEach((d, i) => {
    if (d.schedule.kind === "once" && (d.schedule.year < start || d.schedule.year > end)) {
      addZodIssue(ctx, "milestone.outside-period", { year: d.schedule.year, start, end }, [
        "reportingDuties",
        i,
        "schedule",
        "year",
      ]);
    }
    checkActor(d.actor, ["reportingDuties", i, "actor"]);
    checkActor(d.recipient, ["reportingDuties", i, "recipient"]);
    checkActor(d.via, ["reportingDuties", i, "via"]);
  });
}

/**
 * The schema of a plan configuration (zod 4). Parsing fills the documented defaults and writes shares in
 * canonical form, so its output is a complete plan; {@link definePlan} adds deep freezing and bilingual issues.
 * The same schema ships as JSON Schema in `vn-women-leadership/plan-config.schema.json`.
 *
 * @example
 * ```ts
 * const r = PlanConfigSchema.safeParse(JSON.parse(text));
 * if (!r.success) console.log(fromZodIssues(r.error.issues));
 * ```
 */
export const PlanConfigSchema = PlanConfigObject.superRefine(checkPlan).meta({
  id: "PlanConfig",
  title: "vn-women-leadership plan configuration",
  description:
    "A plan implementing Decision 2282/QĐ-TTg (women in leadership, 2021–2030): targets, duties, deadlines and settings, each value with a citation.",
});

/**
 * A plan configuration as written (before defaults): the input of `definePlan`. Read-only all the way down, so
 * that a configuration written `as const` satisfies it.
 *
 * @example
 * ```ts
 * const config: PlanConfig = JSON.parse(text);
 * ```
 */
export type PlanConfig = DeepReadonly<z.input<typeof PlanConfigSchema>>;

/**
 * A type made read-only all the way down.
 *
 * @example
 * ```ts
 * const x: DeepReadonly<{ a: { b: number[] } }> = { a: { b: [1] } };
 * ```
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;
type PlanData = Omit<Out<typeof PlanConfigObject>, "$schema">;

/**
 * A milestone of a defined plan: the target to achieve by the end of its year (see {@link MilestoneSchema}).
 *
 * @example
 * ```ts
 * const m: Milestone = { year: 2025, target: "60%", citation: { document: "53/KH-UBND", clause: "I.1.1" } };
 * ```
 */
export interface Milestone extends Out<typeof MilestoneSchema> {}

/**
 * An indicator of a defined plan (see {@link IndicatorSchema}); `I` is the union of the plan's indicator ids
 * (`string` for a plan read from JSON, literal ids for the presets).
 *
 * @example
 * ```ts
 * const i: Indicator | undefined = hungYen53.indicators.find((x) => x.measure === "women-in-planning-pool");
 * ```
 */
export interface Indicator<I extends string = string>
  extends Omit<Out<typeof IndicatorSchema>, "id" | "milestones"> {
  /** The indicator's id, unique in the plan. */
  readonly id: I;
  /** Its milestones, in the order written. */
  readonly milestones: readonly Milestone[];
}

/**
 * A reporting duty of a defined plan (see {@link ReportingDutySchema}).
 *
 * @example
 * ```ts
 * const d: ReportingDuty | undefined = hungYen53.reportingDuties.find((x) => x.id === "provincial-units-annual-report");
 * d?.schedule; //=> { kind: "annual", due: { month: 11, day: 15, inclusive: false } }
 * ```
 */
export interface ReportingDuty extends Out<typeof ReportingDutySchema> {}

/**
 * A responsibility of an actor (section IV of a plan), with validity dates (see {@link ResponsibilitySchema}).
 *
 * @example
 * ```ts
 * const r: Responsibility[] = hungYen53.responsibilities.filter((x) => x.actor === "department-of-home-affairs");
 * ```
 */
export interface Responsibility extends Out<typeof ResponsibilitySchema> {}

/**
 * An actor of a defined plan (see {@link ActorSchema}).
 *
 * @example
 * ```ts
 * const a: Actor | undefined = hungYen53.actors.find((x) => x.id === "department-of-labour");
 * a?.validTo; //=> "2025-02-28"
 * ```
 */
export interface Actor extends Out<typeof ActorSchema> {}

/**
 * A requirement, task item or funding source: an id, a text in two languages, a citation (see
 * {@link ProvisionSchema}).
 *
 * @example
 * ```ts
 * const p: Provision | undefined = hungYen53.requirements[0];
 * p?.citation; //=> { document: "53/KH-UBND", clause: "I.2.1" }
 * ```
 */
export interface Provision extends Out<typeof ProvisionSchema> {}

/**
 * A task and solution (section II) with its lettered items (see {@link TaskSchema}).
 *
 * @example
 * ```ts
 * const t: Task | undefined = hungYen53.tasks.find((x) => x.id === "II.2");
 * t?.items.map((i) => i.id); //=> ["II.2.a", "II.2.b", "II.2.c", "II.2.d"]
 * ```
 */
export interface Task extends Omit<Out<typeof TaskSchema>, "items"> {
  /** The lettered items. */
  readonly items: readonly Provision[];
}

/**
 * The adjustment clause of a defined plan (see {@link AdjustmentClauseSchema}).
 *
 * @example
 * ```ts
 * const c: AdjustmentClause | null = hungYen53.adjustment;
 * c?.threshold; //=> "30%"
 * ```
 */
export interface AdjustmentClause extends Out<typeof AdjustmentClauseSchema> {}

/**
 * The settings of a defined plan: the named readings of the law (see {@link SettingsSchema}).
 *
 * @example
 * ```ts
 * const s: Settings = hungYen53.settings;
 * s.missingUnits; //=> "count-as-not-met"
 * ```
 */
export interface Settings extends Out<typeof SettingsSchema> {}

/**
 * A legal document: number, type, issuer, date (see {@link DocumentSchema}).
 *
 * @example
 * ```ts
 * const d: LegalDocument = hungYen53.document;
 * d.number; //=> "53/KH-UBND"
 * ```
 */
export interface LegalDocument extends Out<typeof DocumentSchema> {}

/**
 * A plan as defined: every default filled, shares canonical, deeply frozen. It is itself a valid
 * {@link PlanConfig}. `I` is the union of its indicator ids: the presets have literal ids, so a misspelt id
 * does not compile.
 *
 * @example
 * ```ts
 * const plan: Plan = definePlan(config);
 * plan.indicators[0]?.milestones[0]?.target; //=> "60%"
 * ```
 */
export interface Plan<I extends string = string>
  extends Omit<
    PlanData,
    | "indicators"
    | "document"
    | "legalBasis"
    | "adjustment"
    | "tasks"
    | "requirements"
    | "fundingSources"
    | "actors"
    | "responsibilities"
    | "reportingDuties"
    | "settings"
  > {
  /** The plan's own document. */
  readonly document: LegalDocument;
  /** The documents it implements or relies on. */
  readonly legalBasis: readonly LegalDocument[];
  /** The targets, each with its milestones. */
  readonly indicators: readonly Indicator<I>[];
  /** The clause allowing sectors under a threshold to adjust targets, or `null`. */
  readonly adjustment: AdjustmentClause | null;
  /** Requirements (yêu cầu). */
  readonly requirements: readonly Provision[];
  /** Tasks and solutions (nhiệm vụ, giải pháp). */
  readonly tasks: readonly Task[];
  /** Funding sources (kinh phí). */
  readonly fundingSources: readonly Provision[];
  /** Who the plan names: departments, levels of government, organisations. */
  readonly actors: readonly Actor[];
  /** Who does what (tổ chức thực hiện). */
  readonly responsibilities: readonly Responsibility[];
  /** Who reports to whom, when. */
  readonly reportingDuties: readonly ReportingDuty[];
  /** The named readings of the law. */
  readonly settings: Settings;
}

/**
 * The indicator ids of a plan or a configuration, as a union of literal types when it has literal ids.
 *
 * @example
 * ```ts
 * type Ids = IndicatorIdOf<typeof hungYen53>; // "agencies-with-female-key-leader" | …
 * ```
 */
export type IndicatorIdOf<P> = P extends { readonly indicators: readonly { readonly id: infer I }[] }
  ? I & string
  : string;

/**
 * A due day of a reporting duty: “trước ngày 15/11” is `{ month: 11, day: 15, inclusive: false }`.
 *
 * @example
 * ```ts
 * const due: DueDay = { month: 11, day: 15, inclusive: false };
 * ```
 */
export type DueDay = z.output<typeof DueDaySchema>;

/**
 * A funding source (section III of a plan).
 *
 * @example
 * ```ts
 * const f: FundingSource[] = [...hungYen53.fundingSources];
 * ```
 */
export type FundingSource = Provision;

/**
 * What an indicator measures (see {@link MeasureSchema}).
 *
 * @example
 * ```ts
 * const m: Measure = "units-with-female-key-leader";
 * ```
 */
export type Measure = z.output<typeof MeasureSchema>;
