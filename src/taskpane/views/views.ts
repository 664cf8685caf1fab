/** The pane's views, in navigation order, with the catalog key of each one's name. */
import type { MessageKey } from "../../i18n";

export type ViewId = "home" | "goals" | "incentives" | "reviews" | "feedback" | "crm" | "dashboard";

export const VIEWS: readonly { id: ViewId; label: MessageKey }[] = [
  { id: "home", label: "nav.home" },
  { id: "goals", label: "nav.goals" },
  { id: "incentives", label: "nav.incentives" },
  { id: "reviews", label: "nav.reviews" },
  { id: "feedback", label: "nav.feedback" },
  { id: "crm", label: "nav.crm" },
  { id: "dashboard", label: "nav.dashboard" },
];
