/** The goal form's record of the goal sheets it wrote: saved under the sheet's final name. */
import { defaultGoalForm, recordGoalSheet } from "../../src/taskpane/forms/goals/goal-form";
import { planStore } from "../../src/taskpane/plan-store";
import { TODAY, memoryBackend } from "./support";

const form = { ...defaultGoalForm("en-US", TODAY), period: "2027-Q1" };
const written = (sheets: string[]) => ({ sheets, activate: sheets[0], notes: [] });

describe("recording a written goal sheet", () => {
  it("saves the form's settings under the goal sheet's name and says so in both languages", async () => {
    const store = planStore(memoryBackend(), "workbook");
    const notes = await recordGoalSheet(store, 0, form)(written(["Goals 2027-Q1", "Scorecard 2027-Q1"]));
    const saved = await store.list("goals");
    expect(saved.map((p) => [p.name, p.data])).toEqual([["Goals 2027-Q1", form]]);
    expect(notes).toEqual([
      {
        en: 'Its settings are saved in this workbook as "Goals 2027-Q1", so a CRM import can link to the goal sheet.',
        zh: "其设置已以“Goals 2027-Q1”保存在本工作簿中，CRM 导入可据此链接该目标表。",
      },
    ]);
  });

  it("records a sheet renamed for a clash under its new name, beside the first sheet's record", async () => {
    const store = planStore(memoryBackend(), "workbook");
    await recordGoalSheet(store, 0, form)(written(["Goals 2027-Q1"]));
    const second = { ...form, title: "Q1 goals, second version" };
    const notes = await recordGoalSheet(
      store,
      1,
      second,
    )(written(["Summary 2027-Q1", "Goals 2027-Q1 (2)", "Scorecard 2027-Q1 (2)"]));
    const saved = await store.list("goals");
    expect(saved.map((p) => p.name).sort()).toEqual(["Goals 2027-Q1", "Goals 2027-Q1 (2)"]);
    expect(saved.find((p) => p.name === "Goals 2027-Q1 (2)")?.data).toEqual(second);
    expect(notes.map((n) => n.en)).toEqual([
      'Its settings are saved in this workbook as "Goals 2027-Q1 (2)", so a CRM import can link to the goal sheet.',
    ]);
  });

  it("says, in both languages, when the settings could not be saved; the write stands", async () => {
    const backend = memoryBackend();
    const store = planStore(
      {
        read: backend.read,
        write: async () => {
          throw new Error("settings are read-only");
        },
      },
      "workbook",
    );
    const notes = await recordGoalSheet(store, 0, form)(written(["Goals 2027-Q1"]));
    expect(notes).toEqual([
      {
        en: 'Its settings could not be saved in this workbook (settings are read-only): to link a CRM import to "Goals 2027-Q1", save the settings above under the name "Goals 2027-Q1".',
        zh: "其设置未能保存在本工作簿中（settings are read-only）：如需将 CRM 导入链接到“Goals 2027-Q1”，请在上方以“Goals 2027-Q1”为名保存设置。",
      },
    ]);
  });
});
