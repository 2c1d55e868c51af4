/**
 * A conference drawn over sandbox time (FetchSandboxConferenceTimeline): each leg's ringing, presence and
 * flags as segments, announcements and recordings, derived from the records (participants' join and
 * leave times and their mute, hold and coaching instants, calls' timelines) and the activity log.
 */
import type { components } from '@conference-kit/types/sandbox-v1';
import type { Activity } from './conference-activity.js';
import type { World } from './engine/world.js';
import type { Conference, Participant, ParticipantEventKey, Recording } from './store.js';

type Schemas = components['schemas'];
type Segment = Schemas['SandboxLegSegment'];
type State = Segment['state'];
export type ConferenceTimeline = Schemas['SandboxConferenceTimeline'];

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** The flags inside `connected`: the participant events that turn each on and off, and the current value. */
const FLAGS: ReadonlyArray<{ state: State; on: ParticipantEventKey; off: ParticipantEventKey; now: (p: Participant) => boolean }> = [
  { state: 'muted', on: 'mute', off: 'unmute', now: (p) => p.muted },
  { state: 'hold', on: 'hold', off: 'unhold', now: (p) => p.hold },
  { state: 'coaching', on: 'coaching', off: 'coaching_stopped', now: (p) => p.coaching },
];

interface Span {
  start: number;
  end: number | null;
}

/**
 * The stretches of [from, to) during which a flag was on, from the instants it was turned on and off.
 * Its state at `from` is what the first change says it was not; with no change at all, it is `onNow`
 * (a participant added muted has no `mute` instant). Changes before `from` count as at `from`.
 */
export function flagSpans(on: readonly number[], off: readonly number[], onNow: boolean, from: number, to: number | null): Span[] {
  const changes = [...on.map((at) => ({ at, on: true })), ...off.map((at) => ({ at, on: false }))].sort((a, b) => a.at - b.at);
  let openedAt: number | null = (changes.length === 0 ? onNow : !changes[0]!.on) ? from : null;
  const spans: Span[] = [];
  for (const change of changes) {
    if (to !== null && change.at > to) break;
    const at = Math.max(change.at, from);
    if (change.on && openedAt === null) openedAt = at;
    else if (!change.on && openedAt !== null) {
      if (at > openedAt) spans.push({ start: openedAt, end: at });
      openedAt = null;
    }
  }
  if (openedAt !== null && (to === null || to > openedAt)) spans.push({ start: openedAt, end: to });
  return spans;
}

/** Pairs each `start` activity with the next `stop` one of the same call or subject. */
function pairSpans(activity: readonly Activity[], start: string, stop: string, key: (a: Activity) => string | null, from: number, to: number | null): Span[] {
  const open = new Map<string | null, number>();
  const spans: Span[] = [];
  for (const a of activity) {
    if (a.at < from || (to !== null && a.at > to)) continue;
    const k = key(a);
    if (a.event === start && !open.has(k)) open.set(k, a.at);
    else if (a.event === stop && open.has(k)) {
      spans.push({ start: open.get(k)!, end: a.at });
      open.delete(k);
    }
  }
  for (const begun of open.values()) spans.push({ start: begun, end: to });
  return spans;
}

function legSegments(w: World, p: Participant, activity: readonly Activity[]): Segment[] {
  const segments: Array<{ state: State } & Span> = [];
  const call = w.calls.get(p.callSid);
  const statuses = (call?.timeline ?? []).filter((e) => e.kind === 'status');
  // Ringing is the call's, from this participant's add on: a call that joined with TwiML rang before.
  statuses.forEach((e, i) => {
    if (e.status !== 'ringing' || e.at < p.dateCreated) return;
    segments.push({ state: 'ringing', start: e.at, end: statuses[i + 1]?.at ?? (call && call.status === 'ringing' ? null : call?.endTime ?? null) });
  });
  if (p.joinTime !== null) {
    const left = p.leaveTime;
    segments.push({ state: 'connected', start: p.joinTime, end: left });
    for (const flag of FLAGS) {
      for (const span of flagSpans(p.events[flag.on], p.events[flag.off], flag.now(p), p.joinTime, left)) segments.push({ state: flag.state, ...span });
    }
    const speech = activity.filter((a) => a.callSid === p.callSid);
    for (const span of pairSpans(speech, 'participant-speech-start', 'participant-speech-stop', (a) => a.callSid, p.joinTime, left)) {
      segments.push({ state: 'speaking', ...span });
    }
  }
  return segments
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ state: s.state, start: iso(s.start), end: isoOrNull(s.end) }));
}

function announcements(c: Conference, activity: readonly Activity[], leftAt: (callSid: string) => number | null): Schemas['SandboxConferenceAnnouncement'][] {
  const out: Array<Schemas['SandboxConferenceAnnouncement'] & { id: string; sortAt: number }> = [];
  const byId = new Map<string, (typeof out)[number]>();
  for (const a of activity) {
    if (a.subject === null) continue;
    if (a.event === 'announcement-start') {
      const entry = { id: a.subject, sortAt: a.at, url: a.detail ?? '', callSid: a.callSid, start: iso(a.at), end: null, outcome: 'playing' as const, failure: null };
      out.push(entry);
      byId.set(a.subject, entry);
    } else if (a.event === 'announcement-end' || a.event === 'announcement-fail') {
      const entry = byId.get(a.subject);
      if (!entry) continue;
      entry.end = iso(a.at);
      entry.outcome = a.event === 'announcement-end' ? 'ended' : 'failed';
      entry.failure = a.event === 'announcement-fail' ? a.detail : null;
    }
  }
  const playing = new Set(c.announcements.map((a) => a.id));
  for (const entry of out) {
    // Cut off with no callback: its participant left, or the conference ended.
    if (entry.outcome === 'playing' && !playing.has(entry.id)) {
      entry.outcome = 'stopped';
      entry.end = isoOrNull((entry.callSid !== null ? leftAt(entry.callSid) : null) ?? c.endTime);
    }
  }
  // Playing since before the world was loaded: no start known.
  for (const a of c.announcements) {
    if (!byId.has(a.id)) out.push({ id: a.id, sortAt: -Infinity, url: a.url, callSid: a.callSid, start: null, end: null, outcome: 'playing', failure: null });
  }
  return out.sort((a, b) => a.sortAt - b.sortAt).map(({ id: _id, sortAt: _sortAt, ...rest }) => rest);
}

function recording(c: Conference, r: Recording, activity: readonly Activity[]): Schemas['SandboxConferenceRecording'] {
  const own = activity.filter((a) => a.subject === r.sid);
  const stoppedAt = own.find((a) => a.event === 'recording-stop')?.at ?? null;
  const running = r.status === 'in-progress' || r.status === 'paused';
  // A recording loaded stopped has no stop instant: the conference's end, or its start plus what it recorded.
  const end = running ? null : (stoppedAt ?? c.endTime ?? r.startTime + r.recordedMs);
  const pauses = pairSpans(own, 'recording-pause', 'recording-resume', () => r.sid, r.startTime, end);
  return {
    recordingSid: r.sid,
    status: r.status,
    start: iso(r.startTime),
    end: isoOrNull(end),
    pauses: pauses.map((s) => ({ start: iso(s.start), end: isoOrNull(s.end) })),
  };
}

/** The conference's timeline, or undefined for no such conference. */
export function conferenceTimeline(w: World, conferenceSid: string): ConferenceTimeline | undefined {
  const c = w.conferences.get(conferenceSid);
  if (!c) return undefined;
  const activity = w.activity.of(c.sid);
  const leftAt = (callSid: string) => c.participants.findLast((p) => p.callSid === callSid)?.leaveTime ?? null;
  return {
    conferenceSid: c.sid,
    accountSid: c.accountSid,
    friendlyName: c.friendlyName,
    status: c.status,
    now: iso(w.now()),
    createdAt: iso(c.dateCreated),
    startedAt: isoOrNull(c.startTime),
    endedAt: isoOrNull(c.endTime),
    endReason: c.reasonEnded,
    callSidEndingConference: c.callSidEnding,
    legs: c.participants.map((p) => {
      const call = w.calls.get(p.callSid);
      return {
        callSid: p.callSid,
        participantSid: p.participantSid,
        label: p.label,
        from: call?.from ?? '',
        to: call?.to ?? '',
        direction: call?.direction ?? 'outbound-api',
        status: p.status,
        joinedAt: isoOrNull(p.joinTime),
        leftAt: isoOrNull(p.leaveTime),
        leaveReason: p.leaveReason,
        segments: legSegments(w, p, activity),
      };
    }),
    announcements: announcements(c, activity, leftAt),
    recordings: c.recordings.map((r) => recording(c, r, activity)),
  };
}
