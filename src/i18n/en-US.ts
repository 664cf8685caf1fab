/** English texts of the pane and the generated sheets. Keys are shared with zh-CN.ts. */
export const enUS = {
  "app.title": "Sales Kit",
  "app.tagline": "Firm goals, flexible incentives, decisions from data.",
  "app.language": "Language",
  "app.mode.excel": "Connected to Excel",
  "app.mode.download": "Browser mode: workbooks are downloaded as .xlsx files",
  "home.functions.title": "Formulas you can type into cells",
  "home.functions.intro": "Type =SALES. in a cell to see every function. For example:",
  "home.generators.title": "Generate sheets",
  "home.generators.soon": "Goal sheets, incentive tables, self-reviews and CRM import are on their way.",
} as const;

export type MessageKey = keyof typeof enUS;
