/**
 * Heroku's list paging: `Range: <field> [<start>]..[<end>][; max=<n>, order=<asc|desc>]`, where the
 * field is `id` or one the link declares in `ranges`. A page holds 200 items unless `max` says
 * otherwise (at most 1000); a cut list answers 206 with `Next-Range`, the Range of the next page.
 */

export interface RangeRequest {
  field: string;
  /** The first value, and whether it is left out (`]value..`). */
  start?: { value: string; exclusive: boolean };
  max: number;
  order: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  status: 200 | 206;
  headers: Record<string, string>;
}

const defaultMax = 200;
const largestMax = 1000;

/** The range asked for, or why it cannot be served; no header is the first page by id. */
export function parseRange(header: string | undefined, allowed: readonly string[]): RangeRequest | { problem: string } {
  if (header === undefined || header.trim() === '') return { field: 'id', max: defaultMax, order: 'asc' };
  const found = /^\s*([\w.-]+)\s+(\]?)([^.;\s]*)\.\.([^;\s]*)\s*(?:;\s*(.*))?$/.exec(header);
  if (!found) return { problem: `Range "${header}" is not <field> <start>..<end>[; max=<n>, order=<asc|desc>]` };
  const [, field = '', exclusive, start = '', end = '', options = ''] = found;
  if (field !== 'id' && !allowed.includes(field))
    return { problem: `Range field "${field}" is not one this list sorts by (id${allowed.map((f) => `, ${f}`).join('')})` };
  if (end) return { problem: 'a Range with an end value is not supported by the fake' };
  let max = defaultMax;
  let order: RangeRequest['order'] = 'asc';
  for (const option of options
    .split(/[,;]/)
    .map((text) => text.trim())
    .filter(Boolean)) {
    const [name, value = ''] = option.split('=').map((text) => text.trim());
    if (name === 'max' && /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= largestMax) max = Number(value);
    else if (name === 'order' && (value === 'asc' || value === 'desc')) order = value;
    else return { problem: `Range option "${option}" is not max=1..${largestMax} or order=asc|desc` };
  }
  return { field, max, order, ...(start && { start: { value: start, exclusive: exclusive === ']' } }) };
}

/** One page of `items`, sorted by the range's field. */
export function pageOf<T>(items: readonly T[], range: RangeRequest, allowed: readonly string[], valueOf: (item: T, field: string) => string | number): Page<T> {
  const sign = range.order === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0) * sign;
  const sorted = [...items].sort((a, b) => compare(valueOf(a, range.field), valueOf(b, range.field)));
  const start = range.start;
  const from = start
    ? sorted.filter((item) => {
        const value = valueOf(item, range.field);
        const typed = typeof value === 'number' ? Number(start.value) : start.value;
        const order = compare(value, typed);
        return start.exclusive ? order > 0 : order >= 0;
      })
    : sorted;
  const page = from.slice(0, range.max);
  const last = page.at(-1);
  const cut = from.length > page.length && last !== undefined;
  const options = `max=${range.max}${range.order === 'desc' ? ', order=desc' : ''}`;
  const headers: Record<string, string> = { 'Accept-Ranges': ['id', ...allowed].join(', ') };
  if (page.length > 0) headers['Content-Range'] = `${range.field} ${valueOf(page[0] as T, range.field)}..${valueOf(last as T, range.field)}; ${options}`;
  if (cut) headers['Next-Range'] = `${range.field} ]${valueOf(last, range.field)}..; ${options}`;
  return { items: page, status: cut ? 206 : 200, headers };
}
