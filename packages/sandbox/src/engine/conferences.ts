/**
 * The conference lifecycle of §6: created by its first participant, started when two are connected and
 * one of them starts it, ended by an end-on-exit participant, the last one leaving, or the API; and the
 * announcements played into it.
 */
import {
  type Account,
  type Call,
  type Callback,
  type Conference,
  type EndReason,
  type LeaveReason,
  LIMITS,
  type Participant,
  isActive,
  NO_EVENTS,
} from '../store.js';
import { afterDial, stopWaiting } from '../twiml/interpret.js';
import { dropParticipant } from './calls.js';
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
  for (const p of now) stopWaiting(w, w.callOf(p));
  w.conferenceEvent(c, 'conference-start');
  if (c.record === 'true' || c.record === 'record-from-start') startRecording(w, c);
}

/** Ends an active conference: every remaining leg drops, recordings stop, then `conference-end`. */
export function endConference(w: World, c: Conference, reason: EndReason, ending: Participant | null): void {
  if (c.status === 'completed') return;
  const leave: LeaveReason = reason === 'conference-ended-via-api' ? 'conference_ended_via_api' : 'moderator_ended_conference';
  // Calls that joined with TwiML live on after their <Dial>: they go on once the conference has ended.
  const goOn: Call[] = [];
  for (const p of c.participants) {
    if (!isActive(p)) continue;
    const lives = dropParticipant(w, p, leave);
    if (lives) goOn.push(lives);
  }
  c.endTime = w.now();
  c.reasonEnded = reason;
  c.callSidEnding = ending?.callSid ?? null;
  c.labelEnding = ending?.label ?? null;
  w.setConferenceStatus(c, 'completed');
  for (const a of c.announcements) w.clock.cancelGroup(`announce:${a.id}`);
  c.announcements = [];
  for (const r of c.recordings) {
    if (r.status === 'in-progress' || r.status === 'paused') stopRecording(w, r, 'processing');
  }
  const extra: Params = [];
  if (c.callSidEnding) extra.push(['CallSidEndingConference', c.callSidEnding]);
  if (c.labelEnding) extra.push(['ParticipantLabelEndingConference', c.labelEnding]);
  extra.push(['ReasonConferenceEnded', reason], ['Reason', REASON_TEXT[reason]]);
  w.conferenceEvent(c, 'conference-end', extra);
  for (const call of goOn) afterDial(w, call, 'answered');
}

/**
 * Each conference's count of active participants, counted once and then kept by the two changes that
 * move it (admit adds an active participant, `detach` ends one), so that admitting the 250th costs what
 * admitting the first does. Keyed by the record: a world loaded anew (seed, snapshot, reset) is counted afresh.
 */
const activeCounts = new WeakMap<Conference, number>();

export function activeCount(c: Conference): number {
  let count = activeCounts.get(c);
  if (count === undefined) {
    count = 0;
    for (const p of c.participants) if (isActive(p)) count += 1;
    activeCounts.set(c, count);
  }
  return count;
}

/** Keeps `activeCount` true when an active participant of `c` becomes failed or complete. */
export function participantEnded(c: Conference): void {
  const count = activeCounts.get(c);
  if (count !== undefined) activeCounts.set(c, count - 1);
}

/** Why a leg cannot join: the conference is completed or full, the label is taken, the coach target is not there. */
export class AdmissionError extends Error {
  constructor(
    readonly reason: 'completed' | 'full' | 'label' | 'coach',
    message: string,
  ) {
    super(message);
    this.name = 'AdmissionError';
  }
}

/** What the first participant decides for the whole conference (later participants' values are ignored). */
export interface ConferenceSettings {
  region: string | null;
  maxParticipants: number;
  record: string;
  trim: string;
  statusCallback: Callback | null;
  recordingStatusCallback: Callback | null;
}

export type ParticipantSettings = Pick<
  Participant,
  | 'label'
  | 'muted'
  | 'startConferenceOnEnter'
  | 'endConferenceOnExit'
  | 'beepOnEnter'
  | 'beepOnExit'
  | 'earlyMedia'
  | 'waitUrl'
  | 'jitterBufferSize'
  | 'region'
  | 'coaching'
  | 'callSidToCoach'
>;

/**
 * Admits a call to a conference named `target` (the account's active one of that name, or a new one
 * the call's settings create) or given by CF SID: the one way both the Participants API and
 * `<Dial><Conference>` add a participant. Checks everything before changing anything; throws
 * AdmissionError. The participant is not joined yet: a leg being placed joins when answered.
 */
export function admit(
  w: World,
  account: Account,
  target: { sid: string } | { name: string },
  conference: ConferenceSettings,
  settings: ParticipantSettings,
  call: Call,
): Participant {
  let c: Conference | undefined;
  if ('sid' in target) {
    c = w.conferences.get(target.sid);
    if (!c) throw new Error(`No conference ${target.sid}: look it up before admitting to it`);
    if (c.status === 'completed') {
      throw new AdmissionError('completed', `Conference ${target.sid} is completed; participants can only join an active conference`);
    }
  } else c = w.activeConferenceNamed(account.sid, target.name);
  const coach = settings.callSidToCoach;
  if (c) {
    if (c.participants.length >= LIMITS.participantsEver) {
      throw new AdmissionError(
        'full',
        `Conference ${c.sid} has had ${LIMITS.participantsEver} participants added, failed adds included, the most one conference may have; start another conference`,
      );
    }
    if (activeCount(c) >= c.maxParticipants) throw new AdmissionError('full', `Conference ${c.sid} is full: it allows ${c.maxParticipants} participants`);
    // Only a create that names a label or a coach looks at the other participants.
    const label = settings.label;
    if (label !== null || coach !== null) {
      let labelTaken = false;
      let coachConnected = false;
      for (const p of c.participants) {
        if (!isActive(p)) continue;
        if (label !== null && p.label === label) labelTaken = true;
        if (coach !== null && p.callSid === coach && p.status === 'connected') coachConnected = true;
      }
      if (labelTaken) throw new AdmissionError('label', `Label "${label}" is already used by a participant of conference ${c.sid}`);
      if (coach !== null && !(c.status === 'in-progress' && coachConnected)) {
        throw new AdmissionError('coach', `CallSidToCoach ${coach} must be a participant connected to this conference while it is in progress`);
      }
    }
  } else {
    if (coach !== null) throw new AdmissionError('coach', `CallSidToCoach ${coach} is not in this conference, which does not exist yet`);
    c = createConference(w, account, (target as { name: string }).name, {
      region: conference.region ?? 'us1',
      regionRequested: conference.region,
      maxParticipants: conference.maxParticipants,
      record: conference.record,
      trim: conference.trim,
      statusCallback: conference.statusCallback,
      recordingStatusCallback: conference.recordingStatusCallback,
    });
  }
  const now = w.now();
  // Written out rather than spread from `settings`: a spread literal of this size is built field by field
  // on V8's slow path, and was most of the cost of admitting a participant.
  const p: Participant = {
    label: settings.label,
    muted: settings.muted,
    startConferenceOnEnter: settings.startConferenceOnEnter,
    endConferenceOnExit: settings.endConferenceOnExit,
    beepOnEnter: settings.beepOnEnter,
    beepOnExit: settings.beepOnExit,
    earlyMedia: settings.earlyMedia,
    waitUrl: settings.waitUrl,
    jitterBufferSize: settings.jitterBufferSize,
    region: settings.region,
    coaching: settings.coaching,
    callSidToCoach: settings.callSidToCoach,
    ordinal: c.participants.length,
    callSid: call.sid,
    participantSid: w.sids.mint('CP'),
    accountSid: account.sid,
    conferenceSid: c.sid,
    status: 'queued',
    enterMuted: settings.muted,
    hold: false,
    dateCreated: now,
    dateUpdated: now,
    joinTime: null,
    leaveTime: null,
    leaveReason: null,
    events: NO_EVENTS,
  };
  const active = activeCount(c);
  c.participants.push(p);
  activeCounts.set(c, active + 1);
  w.participantsByCall.set(p.callSid, p);
  w.participantsBySid.set(p.participantSid, p);
  return p;
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
  } else if (activeCount(c) === 0) {
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
  w.noteActivity(c, 'announcement-start', a.callSid, a.id, url);
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
  w.clock.cancelGroup(`announce:${a.id}`);
  const extra: Params = [['AnnounceUrl', a.url]];
  if (failure !== null) extra.push(['ReasonAnnouncementFailed', failure]);
  const p = a.callSid ? w.participantsByCall.get(a.callSid) : undefined;
  if (p && isActive(p)) extra.push(...w.participantFields(p));
  w.conferenceEvent(c, failure === null ? 'announcement-end' : 'announcement-fail', extra, a.callSid, a.id);
  return true;
}

/** Announcements to one participant end with it. */
export function dropAnnouncementsTo(w: World, c: Conference, callSid: string): void {
  c.announcements = c.announcements.filter((a) => {
    if (a.callSid !== callSid) return true;
    w.clock.cancelGroup(`announce:${a.id}`);
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
