export { addZodIssue, fromZodIssues, makeIssue, type ValidationIssue } from "./issues.js";
export type { Bilingual, Locale } from "./locale.js";
export { type IssueCode, type IssueParams, isIssueCode, issueCodes, messageFor } from "./messages.js";
