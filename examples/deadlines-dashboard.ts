// Who owes which Plan 53 report in 2026, and where each stands on a given day — in Vietnam's time zone, with
// working days after Vietnam's public holidays. One unit's submission is checked against the deadline.
import { deadlineStatus, deadlinesText, reportingCalendar } from "vn-women-leadership";
import { holidayYearStatus } from "vn-women-leadership/calendar";
import { hungYen53 } from "vn-women-leadership/presets";

const asOf = "2026-11-10T09:00:00+07:00";
const deadlines = reportingCalendar(hungYen53, { from: 2026, to: 2026, asOf });
console.log(deadlinesText(deadlines, { locale: "en" }));

const unitReport = deadlines.find((d) => d.dutyId === "provincial-units-annual-report");
if (unitReport?.lastOnTimeDate !== "2026-11-14") throw new Error("“before 15/11” ends on 14/11");

// A department submitted late on the evening of 14 November, Vietnam time (which is 14 November 16:30 UTC).
const submitted = deadlineStatus(unitReport, {
  asOf: "2026-11-20T08:00:00Z",
  submittedAt: "2026-11-14T23:30:00+07:00",
});
console.log(`\nSubmitted 2026-11-14 23:30 (UTC+7): ${submitted.status}`);
if (submitted.status !== "on-time") throw new Error("23:30 on 14/11 in Vietnam is on time");

// The same instant written in UTC one hour later is already 15/11 in Vietnam: late.
const late = deadlineStatus(unitReport, {
  asOf: "2026-11-20T08:00:00Z",
  submittedAt: "2026-11-14T17:30:00Z",
});
console.log(
  `Submitted 2026-11-14 17:30 UTC (= 15/11 00:30 in Vietnam): ${late.status}, ${late.calendarDaysLate} day(s) late`,
);

// The holiday table knows what the government announced; later years are derived from the Labour Code, and say so.
for (const year of [2026, 2027]) {
  const y = holidayYearStatus(year);
  console.log(`Holidays ${year}: ${y.status}${y.source === null ? "" : ` (${y.source})`}`);
}
