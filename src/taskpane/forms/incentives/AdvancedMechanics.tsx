/**
 * The incentive form's advanced mechanics, behind one disclosure so the first screen stays a plain
 * tier plan: per measure a short id, a cap on target incentive, year to date and a tier table per
 * role; for the plan the true-up rule, a ramp-only draw, the team award, exchange rates, split deals
 * with quota credit and returns. The disclosure opens by itself when the form uses any of them.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckField, ChoiceField, FieldIssues, GroupError } from "../../components/fields";
import { FieldGroup, FieldRow } from "../../components/layout";
import { useText } from "../../text";
import type { NumberSpec } from "../number-fields";
import {
  IncentiveFormState,
  MAX_RATES,
  MAX_RETURNS,
  MAX_ROLE_TABLES,
  MAX_SPLIT_SHARES,
  MAX_SPLITS,
  MAX_TIERS,
  MeasureRow,
  RoleTableRow,
  SplitRow,
  TIER_RATE,
  newReturn,
  newRoleTable,
  newSplit,
  tierFromSpec,
  usesAdvanced,
} from "./incentive-form";

const MONEY: NumberSpec = { kind: "money" };
const COUNT: NumberSpec = { kind: "count" };
const SHARE: NumberSpec = { kind: "rate" };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: 0 },
  header: { margin: 0 },
  tier: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

/** Renders one text field of the form (its label, value, number reading and message). */
export type InputRenderer = (
  key: string,
  label: string,
  value: string,
  onChange: (v: string) => void,
  hint?: string,
  number?: NumberSpec,
) => React.ReactNode;

type SetForm = (update: (f: IncentiveFormState) => IncentiveFormState) => void;

/** Replaces item `i` of a list with `patch` applied. */
function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, k) => (k === i ? { ...x, ...patch } : x));
}

export function AdvancedMechanics(props: {
  form: IncentiveFormState;
  setForm: SetForm;
  input: InputRenderer;
  fields: FieldIssues;
}) {
  const { form, setForm, input, fields } = props;
  const { t } = useText();
  const styles = useStyles();
  // Open from the start when a saved or restored form already uses a mechanic.
  const [open] = React.useState(() => usesAdvanced(form));
  const setMeasure = (i: number, patch: Partial<MeasureRow>) =>
    setForm((f) => ({ ...f, measures: patchAt(f.measures, i, patch) }));
  const setRole = (i: number, j: number, patch: Partial<RoleTableRow>) =>
    setForm((f) => ({
      ...f,
      measures: patchAt(f.measures, i, { roles: patchAt(f.measures[i].roles ?? [], j, patch) }),
    }));
  const setSplit = (i: number, patch: Partial<SplitRow>) =>
    setForm((f) => ({ ...f, splits: patchAt(f.splits, i, patch) }));
  const measureChoices = form.measures.map((m, i) => ({
    value: String(i),
    label: m.name.trim() || t("incentives.measure", { n: i + 1, name: "" }),
  }));
  const tieChoices = (["share", "all", "first"] as const).map((v) => ({
    value: v,
    label: t(`incentives.tie.${v}`),
  }));

  const roleTable = (m: MeasureRow, i: number, r: RoleTableRow, j: number) => {
    const prefix = `measure.${i}.role.${j}`;
    const roles = m.roles ?? [];
    const setTiers = (tiers: RoleTableRow["tiers"]) => setRole(i, j, { tiers });
    return (
      <FieldGroup key={j} legend={t("incentives.roleTable", { n: j + 1 })}>
        {input(
          `${prefix}.name`,
          t("incentives.roleName", { n: j + 1 }),
          r.role,
          (v) => setRole(i, j, { role: v }),
          t("incentives.roleNameHint"),
        )}
        <GroupError
          group={t("incentives.roleTable", { n: j + 1 })}
          message={fields.error(`${prefix}.tiers`)}
        />
        {r.tiers.map((tier, k) => (
          <div key={k} className={styles.tier} role="group" aria-label={t("incentives.tier", { n: k + 1 })}>
            {input(
              `${prefix}.tier.${k}.from`,
              t(m.on === "amount" ? "incentives.tierFromAmount" : "incentives.tierFromAttainment", {
                n: k + 1,
              }),
              tier.from,
              (v) => setTiers(patchAt(r.tiers, k, { from: v })),
              undefined,
              tierFromSpec(m.on),
            )}
            {input(
              `${prefix}.tier.${k}.rate`,
              t("incentives.tierRate", { n: k + 1 }),
              tier.rate,
              (v) => setTiers(patchAt(r.tiers, k, { rate: v })),
              undefined,
              TIER_RATE,
            )}
            <Button
              aria-label={t("incentives.removeTier", { n: k + 1 })}
              disabled={r.tiers.length <= 1}
              onClick={() => setTiers(r.tiers.filter((_x, q) => q !== k))}
            >
              −
            </Button>
          </div>
        ))}
        <FieldRow>
          <Button
            disabled={r.tiers.length >= MAX_TIERS}
            onClick={() => setTiers([...r.tiers, { from: "", rate: "" }])}
          >
            {t("incentives.addTier")}
          </Button>
          <Button
            disabled={roles.length <= 1}
            onClick={() => setMeasure(i, { roles: roles.filter((_x, q) => q !== j) })}
          >
            {t("incentives.removeRole", { n: j + 1 })}
          </Button>
        </FieldRow>
      </FieldGroup>
    );
  };

  return (
    <Accordion collapsible defaultOpenItems={open ? ["advanced"] : []} data-testid="incentives-advanced">
      <AccordionItem value="advanced">
        <AccordionHeader as="h3" className={styles.header}>
          {t("incentives.advanced")}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1>{t("incentives.advancedHint")}</Caption1>
          {form.measures.map((m, i) => (
            <FieldGroup key={i} legend={t("incentives.measure", { n: i + 1, name: m.name })}>
              <FieldRow>
                {input(
                  `measure.${i}.id`,
                  t("incentives.measureId"),
                  m.id ?? "",
                  (v) => setMeasure(i, { id: v }),
                  t("incentives.measureIdHint"),
                )}
                {input(
                  `measure.${i}.capTI`,
                  t("incentives.capTI"),
                  m.capTI ?? "",
                  (v) => setMeasure(i, { capTI: v }),
                  t("incentives.capTIHint"),
                  TIER_RATE,
                )}
              </FieldRow>
              <CheckField
                label={t("incentives.ytd")}
                checked={m.ytd ?? false}
                onChange={(v) => setMeasure(i, { ytd: v })}
              />
              <CheckField
                label={t("incentives.byRole")}
                checked={m.byRole ?? false}
                error={fields.error(`measure.${i}.roles`)}
                onChange={(v) =>
                  setMeasure(i, {
                    byRole: v,
                    // The first table starts from the measure's own tiers, to be named and edited.
                    roles: v && !m.roles?.length ? [newRoleTable(m)] : m.roles,
                  })
                }
              />
              {m.byRole && (
                <>
                  {(m.roles ?? []).map((r, j) => roleTable(m, i, r, j))}
                  <div>
                    <Button
                      disabled={(m.roles ?? []).length >= MAX_ROLE_TABLES}
                      onClick={() => setMeasure(i, { roles: [...(m.roles ?? []), newRoleTable(m)] })}
                    >
                      {t("incentives.addRole")}
                    </Button>
                  </div>
                </>
              )}
            </FieldGroup>
          ))}
          {form.measures.some((m) => m.ytd) && (
            <ChoiceField
              label={t("incentives.negativeTrueUp")}
              value={form.negativeTrueUp}
              choices={(["carry", "claw"] as const).map((v) => ({
                value: v,
                label: t(`incentives.negativeTrueUp.${v}`),
              }))}
              onChange={(v) =>
                setForm((f) => ({ ...f, negativeTrueUp: v as IncentiveFormState["negativeTrueUp"] }))
              }
            />
          )}
          <FieldRow>
            {input(
              "draw.rampMonths",
              t("incentives.drawRampMonths"),
              form.drawRampMonths,
              (v) => setForm((f) => ({ ...f, drawRampMonths: v })),
              t("incentives.drawRampMonthsHint"),
              COUNT,
            )}
          </FieldRow>
          <FieldRow>
            {input(
              "bestTeam.title",
              t("incentives.bestTeam"),
              form.bestTeamTitle,
              (v) => setForm((f) => ({ ...f, bestTeamTitle: v })),
              t("form.optional"),
            )}
            {input(
              "bestTeam.bonus",
              t("incentives.bestTeamBonus"),
              form.bestTeamBonus,
              (v) => setForm((f) => ({ ...f, bestTeamBonus: v })),
              undefined,
              MONEY,
            )}
            {form.bestTeamTitle.trim() !== "" && (
              <ChoiceField
                label={t("incentives.bestTeamTie")}
                value={form.bestTeamTie}
                choices={tieChoices}
                onChange={(v) =>
                  setForm((f) => ({ ...f, bestTeamTie: v as IncentiveFormState["bestTeamTie"] }))
                }
              />
            )}
          </FieldRow>

          <FieldGroup legend={t("incentives.rates")}>
            <Caption1>{t("incentives.ratesHint")}</Caption1>
            <GroupError group={t("incentives.rates")} message={fields.error("exchangeRates")} />
            {form.exchangeRates.map((x, i) => (
              <div
                key={i}
                className={styles.tier}
                role="group"
                aria-label={t("incentives.rateCurrency", { n: i + 1 })}
              >
                {input(`rate.${i}.currency`, t("incentives.rateCurrency", { n: i + 1 }), x.currency, (v) =>
                  setForm((f) => ({ ...f, exchangeRates: patchAt(f.exchangeRates, i, { currency: v }) })),
                )}
                {input(
                  `rate.${i}.rate`,
                  t("incentives.rateValue", { n: i + 1 }),
                  x.rate,
                  (v) => setForm((f) => ({ ...f, exchangeRates: patchAt(f.exchangeRates, i, { rate: v }) })),
                  undefined,
                  MONEY,
                )}
                <Button
                  aria-label={t("incentives.removeRate", { n: i + 1 })}
                  onClick={() =>
                    setForm((f) => ({ ...f, exchangeRates: f.exchangeRates.filter((_x, k) => k !== i) }))
                  }
                >
                  −
                </Button>
              </div>
            ))}
            <div>
              <Button
                disabled={form.exchangeRates.length >= MAX_RATES}
                onClick={() =>
                  setForm((f) => ({ ...f, exchangeRates: [...f.exchangeRates, { currency: "", rate: "" }] }))
                }
              >
                {t("incentives.addRate")}
              </Button>
            </div>
          </FieldGroup>

          <FieldGroup legend={t("incentives.splits")}>
            <Caption1>{t("incentives.splitsHint")}</Caption1>
            {form.splits.map((c, i) => (
              <FieldGroup key={i} legend={t("incentives.split", { n: i + 1 })}>
                <FieldRow>
                  {input(`split.${i}.deal`, t("incentives.splitDeal"), c.deal, (v) =>
                    setSplit(i, { deal: v }),
                  )}
                  {input(
                    `split.${i}.period`,
                    t("incentives.payPeriod"),
                    c.period,
                    (v) => setSplit(i, { period: v }),
                    t("incentives.payPeriodHint"),
                  )}
                  <ChoiceField
                    label={t("incentives.splitMeasure")}
                    value={c.measure}
                    error={fields.error(`split.${i}.measure`)}
                    choices={measureChoices}
                    onChange={(v) => setSplit(i, { measure: v })}
                  />
                  {input(
                    `split.${i}.amount`,
                    t("incentives.splitAmount"),
                    c.amount,
                    (v) => setSplit(i, { amount: v }),
                    undefined,
                    MONEY,
                  )}
                </FieldRow>
                <GroupError
                  group={t("incentives.split", { n: i + 1 })}
                  message={fields.error(`split.${i}.shares`)}
                />
                {c.shares.map((x, j) => (
                  <FieldRow key={j}>
                    {input(`split.${i}.share.${j}.rep`, t("incentives.shareRep", { n: j + 1 }), x.rep, (v) =>
                      setSplit(i, { shares: patchAt(c.shares, j, { rep: v }) }),
                    )}
                    {input(
                      `split.${i}.share.${j}.share`,
                      t("incentives.share", { n: j + 1 }),
                      x.share,
                      (v) => setSplit(i, { shares: patchAt(c.shares, j, { share: v }) }),
                      undefined,
                      SHARE,
                    )}
                    {input(
                      `split.${i}.share.${j}.quotaShare`,
                      t("incentives.quotaShare", { n: j + 1 }),
                      x.quotaShare,
                      (v) => setSplit(i, { shares: patchAt(c.shares, j, { quotaShare: v }) }),
                      t("incentives.quotaShareHint"),
                      SHARE,
                    )}
                  </FieldRow>
                ))}
                <FieldRow>
                  <Button
                    disabled={c.shares.length >= MAX_SPLIT_SHARES}
                    onClick={() =>
                      setSplit(i, { shares: [...c.shares, { rep: "", share: "", quotaShare: "" }] })
                    }
                  >
                    {t("incentives.addShare")}
                  </Button>
                  <Button
                    onClick={() => setForm((f) => ({ ...f, splits: f.splits.filter((_x, k) => k !== i) }))}
                  >
                    {t("incentives.removeSplit", { n: i + 1 })}
                  </Button>
                </FieldRow>
              </FieldGroup>
            ))}
            <div>
              <Button
                disabled={form.splits.length >= MAX_SPLITS}
                onClick={() => setForm((f) => ({ ...f, splits: [...f.splits, newSplit()] }))}
              >
                {t("incentives.addSplit")}
              </Button>
            </div>
          </FieldGroup>

          <FieldGroup legend={t("incentives.returns")}>
            <Caption1>{t("incentives.returnsHint")}</Caption1>
            {form.returns.map((x, i) => {
              const set = (patch: Partial<typeof x>) =>
                setForm((f) => ({ ...f, returns: patchAt(f.returns, i, patch) }));
              return (
                <FieldGroup key={i} legend={t("incentives.return", { n: i + 1 })}>
                  <FieldRow>
                    {input(`return.${i}.rep`, t("incentives.returnRep"), x.rep, (v) => set({ rep: v }))}
                    <ChoiceField
                      label={t("incentives.splitMeasure")}
                      value={x.measure}
                      error={fields.error(`return.${i}.measure`)}
                      choices={measureChoices}
                      onChange={(v) => set({ measure: v })}
                    />
                    {input(
                      `return.${i}.paidIn`,
                      t("incentives.returnPaidIn"),
                      x.paidIn,
                      (v) => set({ paidIn: v }),
                      t("incentives.payPeriodHint"),
                    )}
                    {input(
                      `return.${i}.period`,
                      t("incentives.returnPeriod"),
                      x.period,
                      (v) => set({ period: v }),
                      t("incentives.payPeriodHint"),
                    )}
                    {input(
                      `return.${i}.amount`,
                      t("incentives.returnAmount"),
                      x.amount,
                      (v) => set({ amount: v }),
                      undefined,
                      MONEY,
                    )}
                    {input(`return.${i}.document`, t("incentives.returnDocument"), x.document, (v) =>
                      set({ document: v }),
                    )}
                  </FieldRow>
                  <div>
                    <Button
                      onClick={() =>
                        setForm((f) => ({ ...f, returns: f.returns.filter((_y, k) => k !== i) }))
                      }
                    >
                      {t("incentives.removeReturn", { n: i + 1 })}
                    </Button>
                  </div>
                </FieldGroup>
              );
            })}
            <div>
              <Button
                disabled={form.returns.length >= MAX_RETURNS}
                onClick={() => setForm((f) => ({ ...f, returns: [...f.returns, newReturn()] }))}
              >
                {t("incentives.addReturn")}
              </Button>
            </div>
          </FieldGroup>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
