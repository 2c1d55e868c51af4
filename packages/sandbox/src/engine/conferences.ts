/**
 * The conference lifecycle of §6: created by its first participant, started when two are connected and
 * one of them starts it, ended by an end-on-exit participant, the last one leaving, or the API; and the
 * announcements played into it.
 */
import { type Account, type Conference, type EndReason, type LeaveReason, type Participant, isActive } from '../store.js';
import { dropLeg } from './calls.js';
import { startRecording, stopRecording } from './recordings.js';
import type { Params, World } from './world.js';

export function createConference(w: World, account: Account, name: string, first: Partial<Conference>): Conference {
  const now = w.now();
  const c: Conference = {
    sid: w.sids.mint('CF'),
    accountSid: account.sid,
    friendlyName: name,
    region: 'us1',
    regionRequested: null,
    status: 'init',
    dateCreated: now,
    dateUpdated: now,
    startTime: null,
    endTime: null,
    reasonEnded: null,
    callSidEnding: null,
    labelEnding: null,
    maxParticipants: 250,
    record: 'do-not-record',
    trim: 'trim-silence',
    statusCallback: null,
    recordingStatusCallback: null,
    sequence: 0,
    peakConcurrent: 0,
    announcements: [],
    tags: [],
    detectedIssues: {},
    participants: [],
    recordings: [],
    ...first,
  };
  w.insertConference(c);
  return c;
}

export function connected(c: Conference): Participant[] {
  return c.participants.filter((p) => p.status === 'connected');
}

/** Starts the conference if §6's rule holds: ≥2 connected, ≥1 of them with startConferenceOnEnter. */
export function maybeStart(w: World, c: Conference): void {
  if (c.status !== 'init') return;
  const now = connected(c);
  if (now.length < 2 || !now.some((p) => p.startConferenceOnEnter)) return;
  w.setConferenceStatus(c, 'in-progress');
  c.startTime = w.now();
  w.conferenceEvent(c, 'conference-start');
  if (c.record === 'true' || c.record === 'record-from-start') startRecording(w, c);
}

/** Ends an active conference: every remaining leg drops, recordings stop, then `conference-end`. */
export function endConference(w: World, c: Conference, reason: EndReason, ending: Participant | null): void {
  if (c.status === 'completed') return;
  const leave: LeaveReason = reason === 'conference-ended-via-api' ? 'conference_ended_via_api' : 'moderator_ended_conference';
  for (const p of c.participants) {
    if (isActive(p)) dropLeg(w, p, leave, p.status === 'connected' ? 'completed' : 'canceled');
  }
  c.endTime = w.now();
  c.reasonEnded = reason;
  c.callSidEnding = ending?.callSid ?? null;
  c.labelEnding = ending?.label ?? null;
  w.setConferenceStatus(c, 'completed');
  for (const a of c.announcements) w.clock.cancelByPrefix(`announce:${a.id}`);
  c.announcements = [];
  for (const r of c.recordings) {
    if (r.status === 'in-progress' || r.status === 'paused') stopRecording(w, r, 'processing');
  }
  const extra: Params = [];
  if (c.callSidEnding) extra.push(['CallSidEndingConference', c.callSidEnding]);
  if (c.labelEnding) extra.push(['ParticipantLabelEndingConference', c.labelEnding]);
  extra.push(['ReasonConferenceEnded', reason], ['Reason', REASON_TEXT[reason]]);
  w.conferenceEvent(c, 'conference-end', extra);
}

/** After a leg ended by itself or by a kick: end-on-exit and last-participant rules (§6). */
export function afterLeave(w: World, c: Conference, p: Participant, kicked: boolean): void {
  if (c.status === 'completed') return;
  if (p.joinTime !== null && p.endConferenceOnExit) {
    endConference(
      w,
      c,
      kicked ? 'participant-with-end-conference-on-exit-kicked' : 'participant-with-end-conference-on-exit-left',
      p,
    );
  } else if (!c.participants.some(isActive)) {
    endConference(w, c, kicked ? 'last-participant-kicked' : 'last-participant-left', p);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Announcements

export function announce(w: World, c: Conference, url: string, method: 'GET' | 'POST', p: Participant | null): void {
  const delay = w.options.delays.announcementMs;
  const a = {
    id: w.sids.mint('AN'),
    url,
    method,
    callSid: p?.callSid ?? null,
    endsAt: delay === null ? null : w.now() + delay,
  };
  c.announcements.push(a);
  if (a.endsAt !== null) scheduleAnnouncement(w, c, a.id, a.endsAt);
}

export function scheduleAnnouncement(w: World, c: Conference, id: string, at: number): void {
  w.clock.schedule(at, `announce:${id}`, () => finishAnnouncement(w, c, id, null));
}

/** Ends (or fails, with a reason) a pending announcement; returns false when there is none. */
export function finishAnnouncement(w: World, c: Conference, id: string | null, failure: string | null): boolean {
  const i = id === null ? 0 : c.announcements.findIndex((a) => a.id === id);
  const a = c.announcements[i];
  if (!a) return false;
  c.announcements.splice(i, 1);
  w.clock.cancelByPrefix(`announce:${a.id}`);
  const extra: Params = [['AnnounceUrl', a.url]];
  if (failure !== null) extra.push(['ReasonAnnouncementFailed', failure]);
  const p = a.callSid ? w.participantsByCall.get(a.callSid) : undefined;
  if (p && isActive(p)) extra.push(...w.participantFields(p));
  w.conferenceEvent(c, failure === null ? 'announcement-end' : 'announcement-fail', extra, a.callSid);
  return true;
}

/** Announcements to one participant end with it. */
export function dropAnnouncementsTo(w: World, c: Conference, callSid: string): void {
  c.announcements = c.announcements.filter((a) => {
    if (a.callSid !== callSid) return true;
    w.clock.cancelByPrefix(`announce:${a.id}`);
    return false;
  });
}

const REASON_TEXT: Record<EndReason, string> = {
  'conference-ended-via-api': 'Conference ended via API',
  'participant-with-end-conference-on-exit-left': 'Participant with endConferenceOnExit left the conference',
  'participant-with-end-conference-on-exit-kicked': 'Participant with endConferenceOnExit was removed via API',
  'last-participant-kicked': 'Last participant was removed via API',
  'last-participant-left': 'Last participant left the conference',
};
