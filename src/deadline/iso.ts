/**
 * ISO calendar dates (YYYY-MM-DD) as plain integers: no JavaScript `Date`, so the result never
 * depends on the process time zone. Day numbers are days since 1970-01-01 (proleptic Gregorian).
 */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function fromIso(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split("-").map((s) => parseInt(s, 10));
  return { y: y!, m: m!, d: d! };
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isoToDayNumber(iso: string): number {
  const { y, m, d } = fromIso(iso);
  return dayNumber(y, m, d);
}

export function dayNumberToIso(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return toIso(y, m, d);
}

export function addDays(iso: string, n: number): string {
  return dayNumberToIso(isoToDayNumber(iso) + n);
}

/** Add calendar months; the day is clamped to the end of the target month (31/1 + 1 month = 28/2). */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = fromIso(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return toIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (((isoToDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function lastDayOfMonth(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m));
}
