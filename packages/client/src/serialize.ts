/**
 * Twilio's wire encodings: query strings and form bodies with PascalCase keys, repeated keys for arrays,
 * unset fields dropped, and dates written the way each API reads them.
 */

export type DateStyle = 'date' | 'date-time';

function encodeValue(value: unknown, dates: DateStyle): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date given as a parameter');
    // 2010-04-01's date filters take a UTC calendar day; Insights takes an ISO 8601 instant.
    return dates === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  }
  return String(value);
}

/** Pairs in insertion order; `undefined` and `null` are left out, arrays become repeated keys. */
export function toPairs(values: Record<string, unknown> | undefined, dates: DateStyle): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== undefined && item !== null) params.append(key, encodeValue(item, dates));
    } else {
      params.append(key, encodeValue(value, dates));
    }
  }
  return params;
}

export function serializeQuery(dates: DateStyle) {
  return (query: Record<string, unknown>): string => toPairs(query, dates).toString();
}

export function serializeForm(body: unknown): string {
  return toPairs(body as Record<string, unknown>, 'date-time').toString();
}

/** Exactly this string: openapi-fetch, Twilio and the mock all compare it literally. */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';
