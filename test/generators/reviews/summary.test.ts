/**
 * The team summary from returned forms, built by hand here (as the reader would return them): status
 * per rep, scores from labels, invalid entries, duplicates, newer form versions, reps listed by the
 * index but missing or skipped, differing competency lists and mixed periods.
 */
import { ReturnedForm, allIssues, summarizeReviews } from "../../../src/generators/reviews/summary";

const competencies = [
  { key: "a", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.5 },
  { key: "b", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.5 },
];

function review(
  file: string,
  rep: string,
  values: Record<string, string | number | null>,
  extra: object = {},
): ReturnedForm {
  return {
    file,
    form: "sales-kit/review",
    version: 1,
    data: {
      locale: "en-US",
      rep: { name: rep, role: "AE", team: "East", manager: "Zhou" },
      period: { label: "2025-H1", start: 45658, end: 45838 },
      dueDate: 45852,
      competencies,
      ...extra,
    },
    values,
  };
}

const signed = {
  "sign:rep": "x",
  "sign:rep-date": 45850,
  "sign:manager": "Zhou",
  "sign:manager-date": 45851,
};
const five = "5 Exceptional 卓越";
const three = "3 Meets expectations 符合预期";

const index: ReturnedForm = {
  file: "Review index.xlsx",
  form: "sales-kit/review-index",
  version: 1,
  data: {
    period: "2025-H1",
    reps: [
      { name: "Ann", team: "East", file: "Ann.xlsx" },
      { name: "Bob", team: "East", file: "Bob.xlsx" },
      { name: "Cy", team: "West", file: "Cy.xlsx" },
      { name: "Di", team: "West", file: "Di.xlsx" },
    ],
  },
  values: {},
};

describe("team summary of returned reviews", () => {
  const summary = summarizeReviews(
    [
      index,
      review("Ann.xlsx", "Ann", {
        "self:a": five,
        "self:b": three,
        "manager:a": three,
        "manager:b": five,
        ...signed,
      }),
      review("Bob.xlsx", "Bob", {
        "self:a": "5",
        "self:b": five,
        "manager:a": " " + three + " ",
        "manager:b": null,
      }),
      review(
        "Eve.xlsx",
        "Eve",
        { "self:a": five },
        { period: { label: "2025-H2", start: 45839, end: 46022 } },
      ),
      { ...review("Future.xlsx", "Fay", {}), version: 2 },
      review("Odd.xlsx", "Odd", {}, { competencies: "not a list" }),
    ],
    [{ file: "Cy.xlsx", en: "cannot be opened as an .xlsx workbook", zh: "无法打开" }],
  );
  const byRep = new Map(summary.reps.map((r) => [r.rep, r]));

  it("lists the index's reps first, in its order, then reviews it does not list", () => {
    expect(summary.reps.map((r) => [r.rep, r.status])).toEqual([
      ["Ann", "complete"],
      ["Bob", "incomplete"],
      ["Cy", "skipped"],
      ["Di", "missing"],
      ["Eve", "incomplete"],
    ]);
  });

  it("reads scores from the exact labels and reports anything else", () => {
    expect(byRep.get("Ann")).toMatchObject({ self: { a: 5, b: 3 }, manager: { a: 3, b: 5 }, notes: [] });
    // "5" was typed over the dropdown; the manager's label has stray spaces, which are forgiven.
    expect(byRep.get("Bob")).toMatchObject({ self: { a: null, b: 5 }, manager: { a: 3, b: null } });
    expect(byRep.get("Bob")!.notes.map((n) => n.en)).toEqual([
      'self rating of Prospecting is not one of the list: "5"',
      "manager ratings missing: Teamwork",
      "not signed and dated by the rep",
      "not signed and dated by the manager",
    ]);
    expect(byRep.get("Bob")!.notes[0].zh).toBe('客户开发的自评不在列表中："5"');
  });

  it("explains the missing and skipped reps with the index's file names", () => {
    expect(byRep.get("Cy")).toMatchObject({
      file: "Cy.xlsx",
      notes: [{ en: "cannot be opened as an .xlsx workbook" }],
    });
    expect(byRep.get("Di")).toMatchObject({
      file: null,
      notes: [{ en: "no returned file (expected Di.xlsx)", zh: "未收回文件（应为 Di.xlsx）" }],
    });
  });

  it("reports newer and damaged forms, and mixed periods once each", () => {
    expect(summary.issues.map((i) => [i.file, i.rep, i.en])).toEqual([
      ["Future.xlsx", null, "was made by a newer Sales Kit (form version 2); update Sales Kit to read it"],
      ["Odd.xlsx", null, "its hidden form data is damaged"],
      [null, null, "the reviews are from different periods: 2025-H1, 2025-H2"],
    ]);
    // The Issues sheet: the reps' notes, then these.
    expect(allIssues(summary)).toHaveLength(
      summary.reps.reduce((n, r) => n + r.notes.length, 0) + summary.issues.length,
    );
  });

  it("notes a review whose competencies or weights differ from the others", () => {
    const other = summarizeReviews(
      [
        review("A.xlsx", "A", {}),
        review("B.xlsx", "B", {}, { competencies: [{ key: "a", name: competencies[0].name, weight: 1 }] }),
      ],
      [],
    );
    expect(other.competencies.map((c) => c.key)).toEqual(["a", "b"]);
    expect(other.reps[1].notes.map((n) => n.en)).toContain(
      "its competencies or weights differ from the other reviews: weighted scores are not comparable",
    );
    expect(other.reps[0].notes.map((n) => n.en)).toEqual([
      "no self ratings yet",
      "no manager ratings yet",
      "not signed and dated by the rep",
      "not signed and dated by the manager",
    ]);
  });
});

describe("review identity (issue 20, item 11)", () => {
  const withIds: ReturnedForm = {
    ...index,
    data: {
      period: "2025-H1",
      reps: [
        { name: "Ann", team: "East", file: "Ann.xlsx", id: "id-ann" },
        { name: "Bob", team: "East", file: "Bob.xlsx", id: "id-bob" },
      ],
    },
  };

  it("counts neither of two files claiming one rep, naming both, whichever comes first by name", () => {
    // "A fake.xlsx" sorts before the real "Ann.xlsx": before, the first by name won.
    const s = summarizeReviews(
      [
        index,
        review("A fake.xlsx", "Ann", { "self:a": five, "self:b": five, ...signed }),
        review("Ann.xlsx", "Ann", { "self:a": three, "self:b": three, ...signed }),
      ],
      [],
    );
    const ann = s.reps.find((r) => r.rep === "Ann")!;
    expect(ann.status).toBe("skipped");
    expect(ann.self).toEqual({});
    expect(ann.notes[0].en).toBe(
      "2 files hold this rep's review (A fake.xlsx, Ann.xlsx); none is counted until only the real one is left in the folder",
    );
    expect(ann.notes[0].zh).toContain("A fake.xlsx、Ann.xlsx");
  });

  it("does not count a copy of another rep's review that claims this rep (its identifier differs)", () => {
    const s = summarizeReviews(
      [
        withIds,
        // Bob's form, renamed and edited to say Ann, still carries Bob's identifier.
        review("Ann.xlsx", "Ann", { "self:a": five, ...signed }, { id: "id-bob" }),
        review("Bob.xlsx", "Bob", { "self:a": three }, { id: "id-bob" }),
      ],
      [],
    );
    expect(s.reps.map((r) => [r.rep, r.status])).toEqual([
      ["Ann", "skipped"],
      ["Bob", "incomplete"],
    ]);
    expect(s.reps[0].notes[0].en).toMatch(/^Ann.xlsx is not the review issued for this rep/);
    // A review without an identifier, where the index issued one, is not taken on trust either.
    const bare = summarizeReviews([withIds, review("Ann.xlsx", "Ann", {})], []);
    expect(bare.reps[0].status).toBe("skipped");
    // The right identifier counts.
    const good = summarizeReviews([withIds, review("Ann.xlsx", "Ann", {}, { id: "id-ann" })], []);
    expect(good.reps[0].status).toBe("incomplete");
  });
});

describe("the manager's copies joined to the reps' own files", () => {
  const copy = (file: string, rep: string, values: Record<string, string | number | null>, id: string) => ({
    ...review(file, rep, values, { id }),
    form: "sales-kit/manager-review",
  });
  const own = (rep: string, id: string) =>
    review(
      `${rep}.xlsx`,
      rep,
      { "self:a": five, "self:b": three, "sign:rep": "x", "sign:rep-date": 45850 },
      { id },
    );
  const managerValues = {
    "manager:a": three,
    "manager:b": five,
    "sign:manager": "Zhou",
    "sign:manager-date": 45851,
  };

  it("reads the manager's ratings from the copy with the review's identifier", () => {
    const summary = summarizeReviews(
      [own("Ann", "id-ann"), copy("Manager copies/Ann.xlsx", "Ann", managerValues, "id-ann")],
      [],
    );
    expect(summary.reps).toEqual([
      expect.objectContaining({
        rep: "Ann",
        file: "Ann.xlsx",
        status: "complete",
        self: { a: 5, b: 3 },
        manager: { a: 3, b: 5 },
        notes: [],
      }),
    ]);
  });

  it("reads no copy made for another review, nor one of two, and names a copy without a review", () => {
    const summary = summarizeReviews(
      [
        own("Ann", "id-ann"),
        copy("Manager copies/Ann.xlsx", "Ann", managerValues, "id-old"),
        own("Bob", "id-bob"),
        copy("Manager copies/Bob.xlsx", "Bob", managerValues, "id-bob"),
        copy("Manager copies/Bob (2).xlsx", "Bob", managerValues, "id-bob"),
        copy("Manager copies/Cy.xlsx", "Cy", managerValues, "id-cy"),
      ],
      [],
    );
    const ann = summary.reps.find((r) => r.rep === "Ann")!;
    expect(ann.manager).toEqual({ a: null, b: null });
    expect(ann.notes[0].en).toBe(
      "the manager copy Manager copies/Ann.xlsx was made for another review of this rep (its identifier differs); it is not read",
    );
    const bob = summary.reps.find((r) => r.rep === "Bob")!;
    expect(bob.manager).toEqual({ a: null, b: null });
    expect(bob.notes[0].zh).toBe(
      "有 2 份经理副本都是该销售人员的评审（Manager copies/Bob.xlsx、Manager copies/Bob (2).xlsx）；只留下一份之前均不读取",
    );
    expect(summary.issues).toEqual([
      {
        file: "Manager copies/Cy.xlsx",
        rep: "Cy",
        en: "a manager copy whose rep's review is not in the folder",
        zh: "经理副本对应的销售人员评审不在文件夹中",
      },
    ]);
  });
});
