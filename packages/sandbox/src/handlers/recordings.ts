/** 2010-04-01 Conference recordings: list, fetch, pause/resume/stop (by SID or `Twilio.CURRENT`), delete. */
import { deleteRecording, setRecordingStatus } from '../engine/recordings.js';
import { renderRecording } from '../render.js';
import { badRequest, oneOf } from '../util.js';
import { type Handler, conferenceOf, ok, recordingOf } from './common.js';
import { dayFilterNames, dayRange, page2010, pageLinks, pageSizeOf, paged, recKey, tokenOf } from './paging.js';

export const RECORDING_FILTERS = dayFilterNames('DateCreated');

export const listConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const q = ctx.req.query;
  const [from, to] = dayRange(q, 'DateCreated');
  const result = paged({
    items: c.recordings,
    keyOf: recKey,
    sidPrefix: 'RE',
    order: 'desc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (r) => r.dateCreated >= from && r.dateCreated < to,
  });
  const base = `/2010-04-01/Accounts/${ctx.account.sid}/Conferences/${c.sid}/Recordings.json`;
  const links = pageLinks(base, q, RECORDING_FILTERS, result, recKey);
  return ok(page2010('recordings', result.items.map((r) => renderRecording(ctx.world, r)), links));
};

export const fetchConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  return ok(renderRecording(ctx.world, recordingOf(ctx, c, false)));
};

export const updateConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  const r = recordingOf(ctx, c, true);
  const status = oneOf(ctx.req.body, 'Status', ['in-progress', 'paused', 'stopped'] as const);
  if (status === undefined) throw badRequest('Missing required parameter Status');
  oneOf(ctx.req.body, 'PauseBehavior', ['skip', 'silence'] as const);
  setRecordingStatus(ctx.world, r, status);
  return ok(renderRecording(ctx.world, r));
};

export const deleteConferenceRecording: Handler = (ctx) => {
  const c = conferenceOf(ctx, 'ConferenceSid');
  deleteRecording(ctx.world, c, recordingOf(ctx, c, false));
  return { status: 204 };
};

