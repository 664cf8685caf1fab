/** "What would this pay?": the plan worked through for a sample rep, beside the tiers it explains. */
import * as React from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../components/layout";
import { useText } from "../../text";
import type { WorkedExample } from "./worked-example";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export function WorkedExampleView({
  example,
  currency,
}: {
  example: WorkedExample | null;
  currency: string;
}) {
  const { t, locale } = useText();
  const styles = useStyles();
  const money = (n: number) =>
    `${currency}${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n)}`;
  const percent = (n: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(n);
  return (
    <Section id="incentives-example" title={t("incentives.example.title")}>
      <div aria-live="polite" data-testid="worked-example">
        {example ? (
          <>
            <Body1 as="p">
              {t("incentives.example.sells", {
                rep: example.rep,
                actual: money(example.actual),
                measure: example.measure,
                period: example.period,
                attainment: percent(example.attainment),
                quota: money(example.quota),
              })}
            </Body1>
            {example.role !== null && (
              <Body1 as="p">{t("incentives.example.role", { rep: example.rep, role: example.role })}</Body1>
            )}
            <ul className={styles.list}>
              {example.slices.map((s, k) => (
                <li key={k}>
                  {t(s.to === null ? "incentives.example.sliceOpen" : "incentives.example.slice", {
                    from: money(s.from),
                    to: s.to === null ? "" : money(s.to),
                    amount: money(s.amount),
                    rate: percent(s.rate),
                    pay: money(s.pay),
                  })}
                </li>
              ))}
            </ul>
            {example.cap && (
              <Body1 as="p">
                {t(example.cap.capped ? "incentives.example.capped" : "incentives.example.capNotReached", {
                  cap: money(example.cap.limit),
                  multiple: percent(example.cap.multiple),
                  ti: money(example.cap.targetIncentive),
                  raw: money(example.cap.earned),
                })}
              </Body1>
            )}
            <Body1 as="p" className={styles.total}>
              {t("incentives.example.payout", { payout: money(example.payout) })}
            </Body1>
          </>
        ) : (
          <Caption1>{t("incentives.example.waiting")}</Caption1>
        )}
      </div>
    </Section>
  );
}
