/**
 * The team summary of returned reviews, as plain data: scores per competency per rep (self and
 * manager), each rep's status (complete, incomplete, missing, skipped) with what is missing, and the
 * problems found. Pure: the files were read by hosts/xlsx/read-reviews.ts.
 */
import type { Bilingual } from "../../i18n/sheets/reviews";
import { indexManifestDataSchema, reviewManifestDataSchema } from "../../schemas/review-manifest";
import { FIELD, FORM_VERSION, INDEX_FORM, MANAGER_FORM, REVIEW_FORM } from "./manifest";
import { NARRATIVE_KEYS } from "../../i18n/sheets/reviews";
import { scoreOfLabel } from "./ratings";

export type FormValue = string | number | boolean | null;

/** A form as the reader returns it. */
export interface ReturnedForm {
  readonly file: string;
  readonly form: string;
  readonly version: number;
  readonly data: unknown;
  readonly values: Readonly<Record<string, FormValue>>;
}

/** A file the reader could not use, with its reason. */
export interface SkippedFile {
  readonly file: string;
  readonly en: string;
  readonly zh: string;
}

export type RepStatus = "complete" | "incomplete" | "missing" | "skipped";

export interface CompetencyColumn {
  readonly key: string;
  readonly name: Bilingual;
  readonly weight: number;
}

export interface RepReviewSummary {
  readonly rep: string;
  readonly team: string;
  readonly file: string | null;
  readonly status: RepStatus;
  /** Scores 1-5 by competency key; null when not (validly) rated. */
  readonly self: Readonly<Record<string, number | null>>;
  readonly manager: Readonly<Record<string, number | null>>;
  /** Narrative boxes with text in them. */
  readonly narrativesFilled: number;
  /** What is missing or wrong; empty when complete. */
  readonly notes: readonly Bilingual[];
}

export interface SummaryIssue {
  readonly file: string | null;
  readonly rep: string | null;
  readonly en: string;
  readonly zh: string;
}

export interface TeamReviewSummary {
  readonly period: string | null;
  readonly competencies: readonly CompetencyColumn[];
  readonly reps: readonly RepReviewSummary[];
  /** Problems beyond the reps' own notes: duplicates, unusable files of no listed rep, mixed periods. */
  readonly issues: readonly SummaryIssue[];
}

/** Every problem, the reps' notes first: the Issues sheet. */
export function allIssues(summary: TeamReviewSummary): SummaryIssue[] {
  const notes = summary.reps.flatMap((r) =>
    r.notes.map((n) => ({ file: r.file, rep: r.rep, en: n.en, zh: n.zh })),
  );
  return [...notes, ...summary.issues];
}

function filled(value: FormValue | undefined): boolean {
  return value !== null && value !== undefined && String(value).trim() !== "";
}

function listOf(names: readonly Bilingual[]): Bilingual {
  return { en: names.map((n) => n.en).join(", "), zh: names.map((n) => n.zh).join("、") };
}

interface ReadReview {
  readonly form: ReturnedForm;
  readonly rep: { name: string; team: string };
  readonly period: string;
  readonly competencies: readonly CompetencyColumn[];
  readonly id?: string;
}

/** Why a returned workbook whose hidden form data does not read is skipped. */
const DAMAGED = { en: "its hidden form data is damaged", zh: "其隐藏的表单数据已损坏" } as const;

/**
 * Builds the summary. `forms` and `skipped` should come in file-name order. When two files hold the
 * same rep, or a review's identifier is not the one the index issued for its rep, the rep is skipped
 * with a note naming the files, and none of them is counted. Reps listed by an index workbook but without a
 * readable review are reported as missing or skipped.
 */
export function summarizeReviews(
  forms: readonly ReturnedForm[],
  skipped: readonly SkippedFile[],
): TeamReviewSummary {
  const issues: SummaryIssue[] = [];
  const expected: { name: string; team: string; file: string; id?: string }[] = [];
  const candidates: ReadReview[] = [];
  const reviews: ReadReview[] = [];
  const managerCopies: ReadReview[] = [];
  const skippedFiles = [...skipped];

  for (const form of forms) {
    if (form.version > FORM_VERSION) {
      skippedFiles.push({
        file: form.file,
        en: `was made by a newer Sales Kit (form version ${form.version}); update Sales Kit to read it`,
        zh: `由更新版本的销售工具包生成（表单版本 ${form.version}）；请升级后再读取`,
      });
      continue;
    }
    if (form.form === INDEX_FORM) {
      const data = indexManifestDataSchema.safeParse(form.data);
      if (!data.success) {
        skippedFiles.push({ file: form.file, ...DAMAGED });
        continue;
      }
      for (const rep of data.data.reps) {
        if (!expected.some((e) => e.name === rep.name)) expected.push(rep);
      }
      continue;
    }
    if (form.form === MANAGER_FORM) {
      const data = reviewManifestDataSchema.safeParse(form.data);
      if (!data.success) {
        skippedFiles.push({ file: form.file, ...DAMAGED });
        continue;
      }
      managerCopies.push({
        form,
        rep: data.data.rep,
        period: data.data.period.label,
        competencies: data.data.competencies,
        ...(data.data.id ? { id: data.data.id } : {}),
      });
      continue;
    }
    if (form.form !== REVIEW_FORM) {
      skippedFiles.push({
        file: form.file,
        en: `is a different kind of form (${form.form})`,
        zh: `是其他类型的表单（${form.form}）`,
      });
      continue;
    }
    const data = reviewManifestDataSchema.safeParse(form.data);
    if (!data.success) {
      skippedFiles.push({ file: form.file, ...DAMAGED });
      continue;
    }
    candidates.push({
      form,
      rep: data.data.rep,
      period: data.data.period.label,
      competencies: data.data.competencies,
      ...(data.data.id ? { id: data.data.id } : {}),
    });
  }

  // A review counts only when it alone claims its rep and carries the identifier the index issued
  // for that rep: the file name and the contents can both be copied, the identifier of another's
  // review cannot pass. Until resolved, none of the files in conflict is counted.
  const conflicts = new Map<string, { team: string; file: string; note: Bilingual }>();
  const expectedId = new Map(expected.filter((e) => e.id).map((e) => [e.name, e.id!]));
  const byRep = new Map<string, ReadReview[]>();
  for (const c of candidates) byRep.set(c.rep.name, [...(byRep.get(c.rep.name) ?? []), c]);
  for (const [name, list] of byRep) {
    if (list.length > 1) {
      const files = list.map((r) => r.form.file);
      conflicts.set(name, {
        team: list[0].rep.team,
        file: files[0],
        note: {
          en: `${files.length} files hold this rep's review (${files.join(", ")}); none is counted until only the real one is left in the folder`,
          zh: `有 ${files.length} 个文件都是该销售人员的评审（${files.join("、")}）；在文件夹中只留下真正的那一份之前，均不计入`,
        },
      });
      continue;
    }
    const r = list[0];
    const want = expectedId.get(name);
    if (want !== undefined && r.id !== want) {
      conflicts.set(name, {
        team: r.rep.team,
        file: r.form.file,
        note: {
          en: `${r.form.file} is not the review issued for this rep (its identifier differs from the index's): a copy of another rep's review? It is not counted`,
          zh: `${r.form.file} 不是为该销售人员发出的评审（其标识与索引中的不符）：是否复制自他人的评审？不计入`,
        },
      });
      continue;
    }
    reviews.push(r);
  }

  // A rep's own file holds no manager ratings: they come from the manager's copy of the same review
  // (same rep, same identifier), joined here. A copy that fits no review is reported, not guessed at.
  const copyNotes = new Map<string, Bilingual>();
  for (const [i, r] of reviews.entries()) {
    const copies = managerCopies.filter((c) => c.rep.name === r.rep.name);
    if (copies.length === 0) continue;
    const files = copies.map((c) => c.form.file);
    if (copies.length > 1) {
      copyNotes.set(r.rep.name, {
        en: `${files.length} manager copies hold this rep's review (${files.join(", ")}); none is read until one is left`,
        zh: `有 ${files.length} 份经理副本都是该销售人员的评审（${files.join("、")}）；只留下一份之前均不读取`,
      });
      continue;
    }
    const copy = copies[0];
    if (copy.id !== r.id) {
      copyNotes.set(r.rep.name, {
        en: `the manager copy ${copy.form.file} was made for another review of this rep (its identifier differs); it is not read`,
        zh: `经理副本 ${copy.form.file} 属于该销售人员的另一份评审（标识不同）；未读取`,
      });
      continue;
    }
    reviews[i] = { ...r, form: { ...r.form, values: { ...r.form.values, ...copy.form.values } } };
  }
  for (const c of managerCopies) {
    if (reviews.some((r) => r.rep.name === c.rep.name) || conflicts.has(c.rep.name)) continue;
    if (expected.some((e) => e.name === c.rep.name)) continue;
    issues.push({
      file: c.form.file,
      rep: c.rep.name,
      en: "a manager copy whose rep's review is not in the folder",
      zh: "经理副本对应的销售人员评审不在文件夹中",
    });
  }

  // Columns: the union of the competencies, in the order first met.
  const competencies: CompetencyColumn[] = [];
  for (const r of reviews) {
    for (const c of r.competencies) {
      if (!competencies.some((k) => k.key === c.key))
        competencies.push({ key: c.key, name: c.name, weight: c.weight });
    }
  }
  const differing = (r: ReadReview) =>
    r.competencies.length !== competencies.length ||
    r.competencies.some((c) => competencies.find((k) => k.key === c.key)?.weight !== c.weight);

  const summaries = new Map<string, RepReviewSummary>();
  for (const r of reviews) {
    const notes: Bilingual[] = [];
    const copyNote = copyNotes.get(r.rep.name);
    if (copyNote) notes.push(copyNote);
    const self: Record<string, number | null> = {};
    const manager: Record<string, number | null> = {};
    const unratedSelf: Bilingual[] = [];
    const unratedManager: Bilingual[] = [];
    for (const c of r.competencies) {
      for (const [who, scores, unrated] of [
        ["self", self, unratedSelf],
        ["manager", manager, unratedManager],
      ] as const) {
        const raw = r.form.values[who === "self" ? FIELD.self(c.key) : FIELD.manager(c.key)];
        const score = scoreOfLabel(raw);
        scores[c.key] = score ?? null;
        if (score === undefined) {
          notes.push({
            en: `${who === "self" ? "self" : "manager"} rating of ${c.name.en} is not one of the list: "${String(raw)}"`,
            zh: `${c.name.zh}的${who === "self" ? "自评" : "经理评分"}不在列表中："${String(raw)}"`,
          });
        } else if (score === null) unrated.push(c.name);
      }
    }
    const all = r.competencies.length;
    if (unratedSelf.length === all) notes.push({ en: "no self ratings yet", zh: "尚未自评" });
    else if (unratedSelf.length) {
      const l = listOf(unratedSelf);
      notes.push({ en: `self ratings missing: ${l.en}`, zh: `缺少自评：${l.zh}` });
    }
    if (unratedManager.length === all) notes.push({ en: "no manager ratings yet", zh: "经理尚未评分" });
    else if (unratedManager.length) {
      const l = listOf(unratedManager);
      notes.push({ en: `manager ratings missing: ${l.en}`, zh: `缺少经理评分：${l.zh}` });
    }
    const v = r.form.values;
    if (!filled(v[FIELD.repSignature]) || !filled(v[FIELD.repSignDate])) {
      notes.push({ en: "not signed and dated by the rep", zh: "销售人员未签字或未填日期" });
    }
    if (!filled(v[FIELD.managerSignature]) || !filled(v[FIELD.managerSignDate])) {
      notes.push({ en: "not signed and dated by the manager", zh: "经理未签字或未填日期" });
    }
    if (differing(r)) {
      notes.push({
        en: "its competencies or weights differ from the other reviews: weighted scores are not comparable",
        zh: "其能力项或权重与其他评审不同：加权得分不可比较",
      });
    }
    summaries.set(r.rep.name, {
      rep: r.rep.name,
      team: r.rep.team,
      file: r.form.file,
      status: notes.length ? "incomplete" : "complete",
      self,
      manager,
      narrativesFilled: NARRATIVE_KEYS.filter((k) => filled(v[FIELD.narrative(k)])).length,
      notes,
    });
  }

  // Expected reps first (index order), then reviews the index does not list.
  const out: RepReviewSummary[] = [];
  const empty = { self: {}, manager: {}, narrativesFilled: 0 };
  for (const e of expected) {
    const found = summaries.get(e.name);
    if (found) {
      out.push(found);
      continue;
    }
    const conflict = conflicts.get(e.name);
    if (conflict) {
      out.push({
        rep: e.name,
        team: e.team,
        file: conflict.file,
        status: "skipped",
        ...empty,
        notes: [conflict.note],
      });
      continue;
    }
    const problem = skippedFiles.find((s) => s.file === e.file);
    if (problem) {
      out.push({ rep: e.name, team: e.team, file: e.file, status: "skipped", ...empty, notes: [problem] });
    } else {
      out.push({
        rep: e.name,
        team: e.team,
        file: null,
        status: "missing",
        ...empty,
        notes: [{ en: `no returned file (expected ${e.file})`, zh: `未收回文件（应为 ${e.file}）` }],
      });
    }
  }
  for (const r of reviews)
    if (!expected.some((e) => e.name === r.rep.name)) out.push(summaries.get(r.rep.name)!);
  for (const [name, c] of conflicts) {
    if (!expected.some((e) => e.name === name))
      out.push({ rep: name, team: c.team, file: c.file, status: "skipped", ...empty, notes: [c.note] });
  }

  const listed = new Set(out.filter((r) => r.status === "skipped").map((r) => r.file));
  for (const s of skippedFiles) {
    if (!listed.has(s.file)) issues.push({ file: s.file, rep: null, en: s.en, zh: s.zh });
  }
  const periods = [...new Set(reviews.map((r) => r.period))];
  if (periods.length > 1) {
    issues.push({
      file: null,
      rep: null,
      en: `the reviews are from different periods: ${periods.join(", ")}`,
      zh: `评审来自不同周期：${periods.join("、")}`,
    });
  }
  return { period: periods[0] ?? null, competencies, reps: out, issues };
}
