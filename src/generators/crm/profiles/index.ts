/**
 * The built-in CRM profiles and shared words, loaded from the JSON files beside this module and
 * validated once: a broken profile file fails loudly at start-up, not halfway through an import.
 */
import { CrmProfile, SharedWords, crmProfileSchema, sharedWordsSchema } from "../../../schemas/crm-profile";
import zohoDeals from "./zoho-deals.json";
import salesforceOpportunities from "./salesforce-opportunities.json";
import fxiaokeOpportunities from "./fxiaoke-opportunities.json";
import fxiaokeOrders from "./fxiaoke-orders.json";
import zohoPotentials from "./zoho-potentials.json";
import zohoDealsApi from "./zoho-deals-api.json";
import salesforceDataExport from "./salesforce-data-export.json";
import dynamicsOpportunities from "./dynamics-opportunities.json";
import hubspotDeals from "./hubspot-deals.json";
import pipedriveDeals from "./pipedrive-deals.json";
import bitrix24Deals from "./bitrix24-deals.json";
import xiaoshouyiOpportunities from "./xiaoshouyi-opportunities.json";
import fxiaokePayments from "./fxiaoke-payments.json";
import generic from "./generic.json";
import outcomes from "./outcomes.json";

function load(data: unknown, file: string): CrmProfile {
  const parsed = crmProfileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`CRM profile ${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

/** Specific profiles first; the generic profile last (it has no signature and matches by aliases). */
export const BUILT_IN_PROFILES: readonly CrmProfile[] = [
  load(zohoDeals, "zoho-deals.json"),
  load(salesforceOpportunities, "salesforce-opportunities.json"),
  load(fxiaokeOpportunities, "fxiaoke-opportunities.json"),
  load(fxiaokeOrders, "fxiaoke-orders.json"),
  load(zohoPotentials, "zoho-potentials.json"),
  load(zohoDealsApi, "zoho-deals-api.json"),
  load(salesforceDataExport, "salesforce-data-export.json"),
  load(dynamicsOpportunities, "dynamics-opportunities.json"),
  load(hubspotDeals, "hubspot-deals.json"),
  load(pipedriveDeals, "pipedrive-deals.json"),
  load(bitrix24Deals, "bitrix24-deals.json"),
  load(xiaoshouyiOpportunities, "xiaoshouyi-opportunities.json"),
  load(fxiaokePayments, "fxiaoke-payments.json"),
  load(generic, "generic.json"),
];

export const GENERIC_PROFILE_ID = "generic";

export const SHARED_WORDS: SharedWords = (() => {
  const parsed = sharedWordsSchema.safeParse(outcomes);
  if (!parsed.success) throw new Error(`CRM outcomes.json is invalid: ${parsed.error.message}`);
  return parsed.data;
})();

export function profileById(
  id: string,
  profiles: readonly CrmProfile[] = BUILT_IN_PROFILES,
): CrmProfile | undefined {
  return profiles.find((p) => p.id === id);
}
