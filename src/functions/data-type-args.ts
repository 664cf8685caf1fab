/**
 * Arguments from cells that hold data types. The metadata allows custom data for `any` parameters
 * (allowCustomDataForDataTypeAny), so Excel hands such cells over as objects rather than values
 * ("Custom functions and data types", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-overview).
 * Value types (a formatted number, a string or boolean value) become their basic value; entities
 * and linked entities (stocks, geography, Power Query rows) have no basic value a KPI can use: they
 * become a marker the argument readers refuse with #VALUE! and a message naming the argument.
 */

/** What an entity or other compound data type argument becomes. */
export class DataTypeArgument {
  /** Excel's name of the data type: "Entity", "LinkedEntity", "WebImage", ... */
  constructor(readonly type: string) {}
  toString(): string {
    return `[${this.type}]`;
  }
}

type Basic = number | string | boolean;

function isBasic(v: unknown): v is Basic {
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}

/** One cell's value as the KPI readers expect it. */
export function basicCell(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as { type?: unknown; basicType?: unknown; basicValue?: unknown };
  const type = typeof o.type === "string" ? o.type : "unknown";
  if (
    o.basicType !== "Error" &&
    isBasic(o.basicValue) &&
    /^(Double|String|Boolean|FormattedNumber)$/.test(type)
  )
    return o.basicValue;
  return new DataTypeArgument(type);
}

/** An argument (a cell or a range as a 2-D array) with data-type cells read as above. */
export function basicArgument(v: unknown): unknown {
  if (!Array.isArray(v)) return basicCell(v);
  let changed = false;
  const rows = (v as unknown[]).map((row) => {
    if (!Array.isArray(row)) return row;
    if (!row.some((c) => c !== null && typeof c === "object")) return row;
    changed = true;
    return row.map(basicCell);
  });
  return changed ? rows : v;
}

/** `fn` with its arguments read by basicArgument first. */
export function withBasicArguments(fn: (...args: never[]) => unknown): (...args: unknown[]) => unknown {
  const call = fn as unknown as (...args: unknown[]) => unknown;
  return (...args) => call(...args.map(basicArgument));
}
