export { addZodIssue, fromZodIssues, makeIssue, type ValidationIssue } from "./issues.js";
export type { Bilingual, Locale } from "./locale.js";
export {
  type IssueCode,
  type IssueParams,
  isIssueCode,
  issueCodes,
  MESSAGES,
  type MessageBuilder,
  messageFor,
} from "./messages.js";
