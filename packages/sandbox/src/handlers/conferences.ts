/** 2010-04-01 Conferences: list (indexes first, then per-item filters), fetch, update (end, announce). */
import { announce, endConference } from '../engine/conferences.js';
import { renderConference } from '../render.js';
import { LIMITS, type SortedConferences, conferenceStatuses } from '../store.js';
import { badRequest, method, one, oneOf, text } from '../util.js';
import { type Handler, checkAnnouncements, conferenceOf, ok } from './common.js';
import { confKey, dayFilterNames, dayRange, page2010, pageLinks, pageSizeOf, paged, tokenOf } from './paging.js';

export const CONFERENCE_FILTERS = [...dayFilterNames('DateCreated'), ...dayFilterNames('DateUpdated'), 'FriendlyName', 'Status'];

export const listConference: Handler = (ctx) => {
  const q = ctx.req.query;
  const idx = ctx.world.index(ctx.account.sid);
  const status = oneOf(q, 'Status', conferenceStatuses);
  const name = one(q, 'FriendlyName');
  const [cFrom, cTo] = dayRange(q, 'DateCreated');
  const [uFrom, uTo] = dayRange(q, 'DateUpdated');
  // The smallest index that answers part of the filter; the rest is checked per item.
  let list: SortedConferences | undefined = idx.all;
  if (name !== undefined) list = idx.byName.get(name);
  else if (status !== undefined) list = idx.byStatus.get(status);
  const items = list?.items ?? [];
  const [lo, hi] = list ? list.range(cFrom, cTo) : [0, 0];
  const result = paged({
    items,
    lo,
    hi,
    keyOf: confKey,
    sidPrefix: 'CF',
    order: 'desc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (c) =>
      (status === undefined || c.status === status) &&
      (name === undefined || c.friendlyName === name) &&
      c.dateUpdated >= uFrom &&
      c.dateUpdated < uTo,
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Conferences.json`;
  const links = pageLinks(base, q, CONFERENCE_FILTERS, result, confKey);
  return ok(page2010('conferences', result.items.map(renderConference), links));
};

export const fetchConference: Handler = (ctx) => ok(renderConference(conferenceOf(ctx, 'Sid')));

export const updateConference: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'Sid');
  const b = ctx.req.body;
  const status = oneOf(b, 'Status', ['completed'] as const);
  const announceUrl = text(b, 'AnnounceUrl', LIMITS.url);
  const announceMethod = method(b, 'AnnounceMethod', 'POST');
  if (announceUrl !== undefined && status === undefined) {
    if (c.status === 'completed') throw badRequest(`Conference ${c.sid} is completed; it cannot be announced into`);
    checkAnnouncements(c);
    announce(ctx.world, c, announceUrl, announceMethod, null);
    c.dateUpdated = ctx.world.now();
  }
  if (status === 'completed') endConference(ctx.world, c, 'conference-ended-via-api', null);
  return ok(renderConference(c));
};

