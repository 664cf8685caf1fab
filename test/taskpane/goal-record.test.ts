/** The goal form's record of the goal sheets it wrote: saved under the sheet's name, unless renamed. */
import { defaultGoalForm, recordGoalSheet } from "../../src/taskpane/forms/goals/goal-form";
import { planStore } from "../../src/taskpane/plan-store";
import { TODAY, memoryBackend } from "./support";

const form = { ...defaultGoalForm("en-US", TODAY), period: "2027-Q1" };
const written = (sheets: string[]) => ({ sheets, activate: sheets[0], notes: [] });

describe("recording a written goal sheet", () => {
  it("saves the form's settings under the goal sheet's name and says so in both languages", async () => {
    const store = planStore(memoryBackend(), "workbook");
    const notes = await recordGoalSheet(
      store,
      "Goals 2027-Q1",
      form,
    )(written(["Goals 2027-Q1", "Scorecard 2027-Q1"]));
    const saved = await store.list("goals");
    expect(saved.map((p) => [p.name, p.data])).toEqual([["Goals 2027-Q1", form]]);
    expect(notes).toEqual([
      {
        en: 'Its settings are saved in this workbook as "Goals 2027-Q1", so a CRM import can link to the goal sheet.',
        zh: "其设置已以“Goals 2027-Q1”保存在本工作簿中,CRM 导入可据此链接该目标表。",
      },
    ]);
  });

  it("records nothing when the sheet was renamed for a clash", async () => {
    const store = planStore(memoryBackend(), "workbook");
    const notes = await recordGoalSheet(
      store,
      "Goals 2027-Q1",
      form,
    )(written(["Goals 2027-Q1 (2)", "Scorecard 2027-Q1 (2)"]));
    expect(notes).toEqual([]);
    expect(await store.list("goals")).toEqual([]);
  });
});
