// A police-like sector with 12% women in its workforce, adjusted three ways under clause I.1.1 of Plan 53.
// The plan gives the threshold (strictly below 30%), not the formula: the province picks a policy and the audit
// record lets an inspector retrace the number.
import { type AdjustmentPolicy, AdjustmentPolicySchema, adjustTarget } from "vn-women-leadership";
import { hungYen53 } from "vn-women-leadership/presets";

const clause = hungYen53.adjustment;
if (clause === null) throw new Error("Plan 53 has an adjustment clause");
const police = { women: 120, total: 1000 }; // 12%

const policies: AdjustmentPolicy[] = [
  { policy: "capAtWorkforceShare" },
  { policy: "proportional" },
  AdjustmentPolicySchema.parse({
    policy: "explicit",
    target: "30%",
    justification: {
      vi: "Lực lượng có tỷ lệ nữ thấp; phấn đấu 30% đơn vị có lãnh đạo chủ chốt là nữ",
      en: "A workforce with few women; aim for 30% of units with a female key leader",
    },
    approvedBy: { number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh Sông Hồng" },
  }),
];

for (const policy of policies) {
  const r = adjustTarget({ base: "60%", workforce: police, clause, policy });
  if (!r.success) throw new Error(`refused: ${r.code}`);
  const a = r.audit;
  console.log(
    `${a.policy.padEnd(20)} ${a.baseTarget.percent}% → ${a.adjustedTarget.percent}%  (${a.rule}; workforce ${a.workforce.women}/${a.workforce.total}, threshold ${a.threshold} ${a.comparison}) [${a.citation.document} ${a.citation.clause}]`,
  );
}

// At exactly 30% the sector is not eligible, so nothing changes.
const at30 = adjustTarget({
  base: "60%",
  workforce: { women: 300, total: 1000 },
  clause,
  policy: { policy: "proportional" },
});
console.log(
  `at 30% exactly: eligibility ${at30.audit.eligibility}, target ${at30.audit.adjustedTarget.percent}%`,
);
if (at30.audit.adjusted) throw new Error("30% must not be eligible");
