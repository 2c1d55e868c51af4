/** Paging: 2010's flat envelope with relative URIs, Insights' meta with absolute URLs; day-range filters. */
import type { Conference, Key, PageResult, Participant, Recording } from '../store.js';
import { encodeToken, paginate } from '../store.js';
import { DAY_MS, type WireParams, badRequest, int, one, parseDay } from '../util.js';

export function pageSizeOf(query: WireParams | undefined): number {
  return int(query, 'PageSize', { min: 1, max: 1000 }) ?? 50;
}

export function tokenOf(query: WireParams | undefined): string | undefined {
  return one(query, 'PageToken');
}

export function queryString(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** The filters the request used, in the operation's documented order, as wire pairs. */
export function filterPairs(query: WireParams | undefined, names: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const n of names) {
    const v = query?.[n];
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) out.push([n, x]);
  }
  return out;
}

export interface Links {
  page: number;
  pageSize: number;
  first: string;
  self: string;
  next: string | null;
  previous: string | null;
}

export function pageLinks<T>(
  base: string,
  query: WireParams | undefined,
  filters: readonly string[],
  result: PageResult<T>,
  keyOf: (t: T) => Key,
): Links {
  const pageSize = pageSizeOf(query);
  const token = tokenOf(query);
  const requestedPage = int(query, 'Page', { min: 0 }) ?? 0;
  // `start` (page × size) must stay an exact integer in JSON.
  if (requestedPage * pageSize > Number.MAX_SAFE_INTEGER) {
    throw badRequest(`Invalid value for Page: ${requestedPage} pages of ${pageSize} is beyond the largest position, ${Number.MAX_SAFE_INTEGER}`);
  }
  const page = token === undefined ? 0 : requestedPage;
  // The filters are encoded once for the three or four links, which differ only in page and token.
  const filterText = queryString(filterPairs(query, filters));
  const head = `${base}?${filterText === '' ? '' : `${filterText}&`}PageSize=${pageSize}&Page=`;
  const at = (p: number, tok?: string) => (tok ? `${head}${p}&PageToken=${encodeURIComponent(tok)}` : `${head}${p}`);
  const first = result.items[0];
  const last = result.items[result.items.length - 1];
  return {
    page,
    pageSize,
    first: at(0),
    self: at(page, token),
    next: result.hasNext && last ? at(page + 1, encodeToken('PA', keyOf(last))) : null,
    previous: result.hasPrevious && first ? at(Math.max(0, page - 1), encodeToken('PB', keyOf(first))) : null,
  };
}

export function page2010<T>(key: string, items: unknown[], links: Links) {
  const start = links.page * links.pageSize;
  return {
    [key]: items,
    first_page_uri: links.first,
    next_page_uri: links.next,
    previous_page_uri: links.previous,
    uri: links.self,
    page: links.page,
    page_size: links.pageSize,
    start,
    end: items.length > 0 ? start + items.length - 1 : start,
  } as Record<string, unknown> & { [k: string]: T[] | unknown };
}

export function pageInsights(key: string, items: unknown[], links: Links, baseUrl: string) {
  return {
    [key]: items,
    meta: {
      first_page_url: baseUrl + links.first,
      key,
      next_page_url: links.next === null ? null : baseUrl + links.next,
      page: links.page,
      page_size: links.pageSize,
      previous_page_url: links.previous === null ? null : baseUrl + links.previous,
      url: baseUrl + links.self,
    },
  };
}

export function paged<T>(req: Parameters<typeof paginate<T>>[0]): PageResult<T> {
  const result = paginate(req);
  if (!result) throw badRequest(`Invalid value for PageToken: "${req.token ?? ''}"`);
  return result;
}

export const confKey = (c: Conference): Key => [c.dateCreated, c.sid];
export const partKey = (p: Participant): Key => [p.ordinal, p.callSid];
export const summaryKey = (p: Participant): Key => [p.ordinal, p.participantSid];
export const recKey = (r: Recording): Key => [r.ordinal, r.sid];

/** A day filter family (`DateCreated`, `DateCreated<`, `DateCreated>`, and `<=`/`>=` spellings) as a [from, to) range. */
export function dayRange(query: WireParams | undefined, name: string): [number, number] {
  let from = -Infinity;
  let to = Infinity;
  // Most lists filter on no date: one look at the few names sent spares five lookups of names not sent.
  if (!hasFieldStartingWith(query, name)) return [from, to];
  const on = one(query, name);
  if (on !== undefined) {
    const d = parseDay(on, name);
    from = Math.max(from, d);
    to = Math.min(to, d + DAY_MS);
  }
  for (const n of [`${name}<`, `${name}<=`]) {
    const v = one(query, n);
    if (v !== undefined) to = Math.min(to, parseDay(v, n) + DAY_MS);
  }
  for (const n of [`${name}>`, `${name}>=`]) {
    const v = one(query, n);
    if (v !== undefined) from = Math.max(from, parseDay(v, n));
  }
  return [from, to];
}

function hasFieldStartingWith(query: WireParams | undefined, prefix: string): boolean {
  for (const field in query) if (field.startsWith(prefix)) return true;
  return false;
}

export const dayFilterNames = (name: string) => [name, `${name}<`, `${name}<=`, `${name}>`, `${name}>=`];

