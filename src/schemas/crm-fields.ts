/**
 * The canonical fields of an imported CRM record. Every profile and every mapping points the columns
 * of an export at these fields; normalisation and the sheets only ever see these names.
 * (In schemas/ because the profile and mapping schemas validate against them.)
 */

export const CRM_FIELDS = [
  "owner",
  "deal",
  "account",
  "stage",
  "status",
  "amount",
  "closeDate",
  "createdDate",
  "probability",
  "nextContact",
  "collected",
  "paymentDate",
  "dealType",
  "leadSource",
  "currency",
  "share",
] as const;

export type CrmField = (typeof CRM_FIELDS)[number];

/** Deals (opportunities, 商机) move through stages; orders (销售订单) are sales already made. */
export type RecordKind = "deals" | "orders";

/** Columns an import cannot do without. Deals also need a stage or a status column. */
export const REQUIRED_FIELDS: Readonly<Record<RecordKind, readonly CrmField[]>> = {
  deals: ["owner", "amount", "closeDate"],
  orders: ["owner", "amount", "closeDate"],
};

/** For deals, one of these must be mapped: the outcome comes from it. */
export const OUTCOME_FIELDS: readonly CrmField[] = ["status", "stage"];

export const FIELD_LABELS: Readonly<Record<CrmField, { readonly en: string; readonly zh: string }>> = {
  owner: { en: "Owner", zh: "负责人" },
  deal: { en: "Deal / order", zh: "商机/订单" },
  account: { en: "Customer", zh: "客户" },
  stage: { en: "Stage", zh: "销售阶段" },
  status: { en: "Status", zh: "状态" },
  amount: { en: "Amount", zh: "金额" },
  closeDate: { en: "Close date", zh: "结单日期" },
  createdDate: { en: "Created date", zh: "创建日期" },
  probability: { en: "Probability", zh: "赢率" },
  nextContact: { en: "Next contact", zh: "下次跟进" },
  collected: { en: "Collected (回款)", zh: "已回款金额" },
  paymentDate: { en: "Payment date (of the collected amount)", zh: "回款日期（已回款金额的）" },
  dealType: { en: "Deal type", zh: "商机类型" },
  leadSource: { en: "Lead source", zh: "线索来源" },
  currency: { en: "Currency", zh: "币种" },
  share: { en: "Credit share (split)", zh: "业绩分成比例" },
};

export function isCrmField(value: string): value is CrmField {
  return (CRM_FIELDS as readonly string[]).includes(value);
}

export type Outcome = "won" | "lost" | "open";
