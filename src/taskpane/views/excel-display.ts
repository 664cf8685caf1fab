/**
 * A number as Excel's General format shows it in a standard-width column (about 8 characters):
 * =56/65 shows 0.861538, =82000/9 shows 9111.111. Whole numbers up to 11 digits show in full, as
 * Excel widens nothing but keeps them exact. Text other than numbers passes through; numbers inside
 * an array result ({0,300000,...}) are shown the same way.
 */
const WIDTH = 8;

export function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const whole = Math.trunc(Math.abs(value)).toString().length + (value < 0 ? 1 : 0);
  // Room left for the decimals after the whole part and the point.
  const decimals = Math.max(0, WIDTH - whole - 1);
  return String(Number(value.toFixed(decimals)));
}

export function generalDisplay(text: string): string {
  return text.replace(/-?\d+\.\d+(?:E[-+]?\d+)?/gi, (n) => generalNumber(Number(n)));
}
