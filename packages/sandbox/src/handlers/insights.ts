/** Insights v1: Conference Summaries and Conference Participant Summaries, derived from the 2010 records. */
import { QUALITY_DIRECTIONS, type QualityDirection, mixerRegionOf } from '../engine/quality.js';
import {
  type InsightsStatus,
  conferenceIssues,
  insightsStatus,
  participantEvents,
  renderConferenceSummary,
  renderParticipantSummary,
} from '../render.js';
import { type Conference, PARTICIPANT_EVENT_KEYS, type SortedConferences, conferenceStatuses } from '../store.js';
import { type WireParams, badRequest, many, notFound, one, oneOf, parseDateTime } from '../util.js';
import { type Handler, conferenceOf, ok, path } from './common.js';
import { confKey, pageInsights, pageLinks, pageSizeOf, paged, summaryKey, tokenOf } from './paging.js';

export const SUMMARY_FILTERS = [
  'ConferenceSid', 'FriendlyName', 'Status', 'CreatedAfter', 'CreatedBefore', 'MixerRegion', 'Tags', 'Subaccount',
  'DetectedIssues', 'EndReason',
];
export const SUMMARY_STATUSES = ['not_started', 'in_progress', 'completed', 'summary_timeout'] as const;
export const TO_2010: Record<Exclude<InsightsStatus, 'summary_timeout'>, (typeof conferenceStatuses)[number]> = {
  not_started: 'init',
  in_progress: 'in-progress',
  completed: 'completed',
};

export interface InsightsOptions {
  /** Without CreatedAfter/CreatedBefore the list covers this much time before now; null = everything. */
  defaultWindowMs: number | null;
}

export function listConferenceSummary(options: InsightsOptions): Handler {
  return (ctx) => {
    const { world } = ctx;
    const q = ctx.req.query;
    const sub = one(q, 'Subaccount');
    // `Subaccount` selects whose conferences to list: the caller's own, or one of its subaccounts'.
    if (sub !== undefined && !(sub === ctx.account.sid || world.accounts.get(sub)?.ownerAccountSid === ctx.account.sid)) {
      throw notFound(`Subaccount ${sub.slice(0, 64)} is not a subaccount of account ${ctx.account.sid}`);
    }
    const idx = world.index(sub ?? ctx.account.sid);
    const sid = one(q, 'ConferenceSid');
    const name = one(q, 'FriendlyName');
    const status = oneOf(q, 'Status', SUMMARY_STATUSES);
    const after = one(q, 'CreatedAfter');
    const before = one(q, 'CreatedBefore');
    // Both bounds are exclusive: created strictly after CreatedAfter and strictly before CreatedBefore.
    let from = after !== undefined ? parseDateTime(after, 'CreatedAfter') + 1 : -Infinity;
    const to = before !== undefined ? parseDateTime(before, 'CreatedBefore') : Infinity;
    if (after === undefined && before === undefined && options.defaultWindowMs !== null) {
      from = world.now() - options.defaultWindowMs;
    }
    const mixer = one(q, 'MixerRegion');
    const tags = many(q, 'Tags');
    const issues = many(q, 'DetectedIssues');
    const endReason = one(q, 'EndReason');
    // Tags and detected issues exist only once processing is complete.
    const hasTags = (c: Conference, wanted: string[]) => {
      const issues = conferenceIssues(world, c);
      return issues !== null && wanted.every((t) => issues.tags.includes(t));
    };
    const hasIssues = (c: Conference, wanted: string[]) => {
      const issues = conferenceIssues(world, c);
      return issues !== null && wanted.every((i) => ((issues.detectedIssues as Record<string, number>)[i] ?? 0) > 0);
    };
    let list: SortedConferences | undefined = idx.all;
    if (name !== undefined) list = idx.byName.get(name);
    // A timed-out summary's conference may be in any 2010 status.
    else if (status !== undefined && status !== 'summary_timeout') list = idx.byStatus.get(TO_2010[status]);
    const [lo, hi] = list ? list.range(from, to) : [0, 0];
    const result = paged({
      items: list?.items ?? [],
      lo,
      hi,
      keyOf: confKey,
      sidPrefix: 'CF',
      order: 'desc',
      pageSize: pageSizeOf(q),
      token: tokenOf(q),
      matches: (c) =>
        (sid === undefined || c.sid === sid) &&
        (name === undefined || c.friendlyName === name) &&
        (status === undefined || insightsStatus(world, c) === status) &&
        (mixer === undefined || mixerRegionOf(c) === mixer) &&
        (endReason === undefined || (c.reasonEnded !== null && c.reasonEnded.replaceAll('-', '_') === endReason)) &&
        (tags === undefined || hasTags(c, tags)) &&
        (issues === undefined || hasIssues(c, issues)),
    });
    const links = pageLinks('/v1/Conferences', q, SUMMARY_FILTERS, result, confKey);
    return ok(
      pageInsights('conferences', result.items.map((c) => renderConferenceSummary(world, c, ctx.baseUrl)), links, ctx.baseUrl),
    );
  };
}

export const fetchConferenceSummary: Handler = (ctx) =>
  ok(renderConferenceSummary(ctx.world, conferenceOf(ctx, 'ConferenceSid'), ctx.baseUrl));

export const SUMMARY_PARTICIPANT_FILTERS = ['ParticipantSid', 'Label', 'Events'];

/** The values of a list parameter, each one of `allowed` (comma- or space-separated, or repeated); a 400 names any other. */
function namesOf<T extends string>(q: WireParams | undefined, name: string, allowed: readonly T[]): T[] | undefined {
  const values = many(q, name);
  const unknown = values?.find((v) => !(allowed as readonly string[]).includes(v));
  if (unknown !== undefined) throw badRequest(`Invalid value for ${name}: "${unknown.slice(0, 64)}"; expected one or more of ${allowed.join(', ')}`);
  return values as T[] | undefined;
}

const eventsOf = (q: WireParams | undefined) => namesOf(q, 'Events', PARTICIPANT_EVENT_KEYS);
const metricsOf = (q: WireParams | undefined): QualityDirection[] | undefined => namesOf(q, 'Metrics', QUALITY_DIRECTIONS);

export const listConferenceParticipantSummary: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const q = ctx.req.query;
  const sid = one(q, 'ParticipantSid');
  const label = one(q, 'Label');
  const events = eventsOf(q);
  const result = paged({
    items: c.participants,
    keyOf: summaryKey,
    sidPrefix: 'CP',
    order: 'asc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (p) =>
      (sid === undefined || p.participantSid === sid) &&
      (label === undefined || p.label === label) &&
      (events === undefined || participantEvents(p, events) !== null),
  });
  const links = pageLinks(`/v1/Conferences/${c.sid}/Participants`, q, SUMMARY_PARTICIPANT_FILTERS, result, summaryKey);
  return ok(
    pageInsights(
      'participants',
      result.items.map((p) => renderParticipantSummary(ctx.world, p, c, ctx.baseUrl, events)),
      links,
      ctx.baseUrl,
    ),
  );
};

export const fetchConferenceParticipantSummary: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const psid = path(ctx, 'ParticipantSid');
  const p = ctx.world.participantsBySid.get(psid);
  if (!p || p.conferenceSid !== c.sid) {
    throw notFound(`The requested resource /Conferences/${c.sid}/Participants/${psid} was not found`);
  }
  return ok(renderParticipantSummary(ctx.world, p, c, ctx.baseUrl, eventsOf(ctx.req.query), metricsOf(ctx.req.query)));
};

