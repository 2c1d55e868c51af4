/**
 * Conference status callbacks: the form Twilio posts to a conference's `statusCallback`, checked against
 * the spec's `webhooks.conferenceStatusCallback` schema and returned typed, narrowed by
 * `StatusCallbackEvent`. The rules come from `schema.gen.ts`, generated from the spec; this file only
 * interprets them.
 */
import type { webhooks } from '@conference-kit/types/api-v2010';
import { readForm, type FormInput } from './form.js';
import { DISCRIMINATOR, EVENTS, FIELDS, VARIANTS, type BooleanField, type FieldRule, type IntegerField } from './schema.gen.js';

/** The callback's form as the spec types it: every value a string, as sent. */
export type ConferenceStatusCallbackPayload = NonNullable<
  webhooks['conferenceStatusCallback']['post']['requestBody']
>['content']['application/x-www-form-urlencoded'];

type Read<V, K extends keyof V> = K extends BooleanField ? boolean : K extends IntegerField ? number : V[K];
/** One member per event name, with the booleans and integers read. */
type PerEvent<V> = V extends { StatusCallbackEvent: infer E extends string }
  ? E extends unknown
    ? { [K in keyof V]: K extends 'StatusCallbackEvent' ? E : Read<V, K> }
    : never
  : never;

/**
 * A conference event as `parseConferenceEvent` returns it: the spec's payload, `true`/`false` read as
 * booleans and `SequenceNumber` as a number, one union member per `StatusCallbackEvent` so that
 * checking it narrows the rest.
 */
export type ConferenceEvent = PerEvent<ConferenceStatusCallbackPayload>;
/** `conference-start`, `participant-join`, … */
export type ConferenceEventName = ConferenceEvent['StatusCallbackEvent'];
/** The event of one name: `ConferenceEventOf<'participant-leave'>`. */
export type ConferenceEventOf<N extends ConferenceEventName> = Extract<ConferenceEvent, { StatusCallbackEvent: N }>;

/** The form as you have it: the raw body, `URLSearchParams`, `FormData`, or a plain record from a body parser. */
export type ConferenceEventForm = string | FormInput;

export interface ParseConferenceEventOptions {
  /**
   * Fields the spec does not list: `'drop'` leaves them out of the result (the default, so a field
   * Twilio adds later does not break your endpoint); `'reject'` throws, as the schema's
   * `additionalProperties: false` says.
   */
  unknownFields?: 'drop' | 'reject';
}

/** A payload that does not match the spec; `field` names the first field at fault. */
export class ConferenceEventError extends Error {
  override readonly name = 'ConferenceEventError';
  /** The field at fault. */
  readonly field: string;
  /** The `StatusCallbackEvent`, once known. */
  readonly event: string | undefined;

  constructor(field: string, problem: string, event?: string) {
    super(`Invalid conference event${event ? ` (${event})` : ''}: ${field} ${problem}`);
    this.field = field;
    this.event = event;
  }
}

/**
 * Reads a conference status callback. Throws `ConferenceEventError` naming the field when the payload
 * does not match the spec (a required field missing or repeated, a value outside its enum or pattern,
 * a boolean that is not `true`/`false`, an unknown `StatusCallbackEvent`), and `TypeError` when `form`
 * is none of the accepted kinds. Verify the signature first: this checks shape, not origin.
 */
export function parseConferenceEvent(form: ConferenceEventForm, options: ParseConferenceEventOptions = {}): ConferenceEvent {
  const values = collect(form);
  const one = (field: string, event?: string): string | undefined => {
    const all = values.get(field);
    if (all && all.length > 1) throw new ConferenceEventError(field, `is given ${all.length} times; it takes one value`, event);
    return all?.[0];
  };

  const event = one(DISCRIMINATOR);
  if (event === undefined) throw new ConferenceEventError(DISCRIMINATOR, 'is missing');
  if (!Object.hasOwn(EVENTS, event)) {
    throw new ConferenceEventError(DISCRIMINATOR, `is ${quote(event)}, not one of ${Object.keys(EVENTS).join(', ')}`);
  }
  const variant = VARIANTS[EVENTS[event]!]!;

  const result: Record<string, unknown> = { [DISCRIMINATOR]: event };
  for (const field of [...variant.required, ...variant.optional]) {
    const value = one(field, event);
    if (value === undefined) {
      if (variant.required.includes(field)) throw new ConferenceEventError(field, 'is missing', event);
      continue;
    }
    result[field] = read(field, FIELDS[field]!, value, event);
  }
  for (const [field, needs] of Object.entries(variant.dependentRequired ?? {})) {
    if (!values.has(field)) continue;
    for (const need of needs) if (!values.has(need)) throw new ConferenceEventError(need, `is missing; it is sent with ${field}`, event);
  }
  if (options.unknownFields === 'reject') {
    for (const field of values.keys()) {
      if (field !== DISCRIMINATOR && !variant.required.includes(field) && !variant.optional.includes(field)) {
        throw new ConferenceEventError(field, `is not a field of ${event} events`, event);
      }
    }
  }
  return result as ConferenceEvent;
}

function collect(form: ConferenceEventForm): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (field: string, value: string) => {
    const all = values.get(field);
    if (all) all.push(value);
    else values.set(field, [value]);
  };
  const notText = (field: string, what: string): never => {
    throw new ConferenceEventError(field, `is ${what}, not text`);
  };
  if (typeof form === 'string') new URLSearchParams(form).forEach((value, field) => add(field, value));
  else readForm(form, 'parseConferenceEvent: form must be the raw body (a string), URLSearchParams, FormData or a plain record of strings', add, notText);
  return values;
}

const patterns = new Map<string, RegExp>();

function read(field: string, rule: FieldRule, value: string, event: string): string | number | boolean {
  const bad = (problem: string): never => {
    throw new ConferenceEventError(field, `${problem}, got ${quote(value)}`, event);
  };
  if (rule.kind === 'boolean') {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return bad('must be "true" or "false"');
  }
  const length = [...value].length;
  if (rule.minLength !== undefined && length < rule.minLength) bad(`must be at least ${rule.minLength} characters`);
  if (rule.maxLength !== undefined && length > rule.maxLength) bad(`must be at most ${rule.maxLength} characters`);
  if (rule.kind === 'integer') {
    if (!/^[0-9]+$/.test(value)) bad('must be a whole number in decimal digits');
    const number = Number(value);
    if (!Number.isSafeInteger(number)) bad('is too large to read exactly');
    return number;
  }
  if (rule.enum && !rule.enum.includes(value)) bad(`must be one of ${rule.enum.join(', ')}`);
  if (rule.pattern !== undefined) {
    let pattern = patterns.get(rule.pattern);
    if (!pattern) patterns.set(rule.pattern, (pattern = new RegExp(rule.pattern, 'u')));
    if (!pattern.test(value)) bad(`must match ${rule.pattern}`);
  }
  if (rule.format === 'uri' && !isAbsoluteUrl(value)) bad('must be an absolute URL');
  return value;
}

/**
 * JSON Schema's `uri`: a scheme, then only the characters RFC 3986 allows (percent-escapes included),
 * and a URL the WHATWG parser accepts (which alone would forgive surrounding spaces).
 */
const URI_CHARACTERS = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function isAbsoluteUrl(value: string): boolean {
  if (!URI_CHARACTERS.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
