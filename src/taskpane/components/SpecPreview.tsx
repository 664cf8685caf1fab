/** The preview of what will be created: sheet names, sizes and a sample of each sheet's first rows. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SheetPreview } from "../preview";
import { useText } from "../text";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Columns as wide as their sample text (up to the cell's limit); the box scrolls sideways.
  table: { tableLayout: "auto", width: "auto", minWidth: "100%" },
  cell: {
    maxWidth: "9rem",
    minWidth: "3rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyBase,
  },
  rowHead: { color: tokens.colorNeutralForeground3, width: "2.5rem" },
});

export function SpecPreview({ sheets, id }: { sheets: readonly SheetPreview[]; id: string }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <section aria-labelledby={`${id}-title`} data-testid="preview">
      <h3 id={`${id}-title`}>{t("preview.title", { count: sheets.length })}</h3>
      <Accordion multiple collapsible defaultOpenItems={[sheets[0]?.name ?? ""]}>
        {sheets.map((s) => (
          <AccordionItem key={s.name} value={s.name}>
            <AccordionHeader as="h4">{s.name}</AccordionHeader>
            <AccordionPanel>
              <Caption1 as="p">
                {t("preview.size", { rows: s.rows, columns: s.columns, formulas: s.formulas })}
                {s.tables.length ? ` · ${t("preview.tables", { tables: s.tables.join(", ") })}` : ""}
              </Caption1>
              {s.sample.length > 0 && (
                // Scrolls sideways in a narrow pane; focusable so the keyboard can scroll it too.
                <div
                  className={styles.scroll}
                  tabIndex={0}
                  role="region"
                  aria-label={t("preview.sample", { sheet: s.name })}
                >
                  <Table
                    size="extra-small"
                    className={styles.table}
                    aria-label={t("preview.sample", { sheet: s.name })}
                  >
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell className={styles.rowHead}>#</TableHeaderCell>
                        {s.header.map((h) => (
                          <TableHeaderCell key={h}>{h}</TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {s.sample.map((r) => (
                        <TableRow key={r.row}>
                          <TableCell className={styles.rowHead}>{r.row}</TableCell>
                          {r.cells.map((c, i) => (
                            <TableCell key={i} className={styles.cell} title={c}>
                              {c}
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
