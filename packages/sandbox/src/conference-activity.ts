/**
 * What a conference's record does not keep but its timeline shows: when participants started and stopped
 * speaking, when announcements began and how they ended, when recordings paused, resumed and stopped.
 * The engine tells the log of every conference event (`World.conferenceEvent`, subscribed or not) and of
 * these changes; the log keeps only the kinds the timeline reads, the latest `LIMITS.events` per
 * conference. It is not part of snapshots: a world loaded from one starts with an empty log.
 */
import { LIMITS } from './store.js';

export const ACTIVITY_EVENTS = [
  'participant-speech-start',
  'participant-speech-stop',
  'announcement-start',
  'announcement-end',
  'announcement-fail',
  'recording-start',
  'recording-pause',
  'recording-resume',
  'recording-stop',
] as const;
export type ActivityEvent = (typeof ACTIVITY_EVENTS)[number];
const KEPT: ReadonlySet<string> = new Set(ACTIVITY_EVENTS);

export interface Activity {
  at: number;
  event: ActivityEvent;
  /** The participant's call it is about, when it is about one. */
  callSid: string | null;
  /** The announcement's id or the recording's SID. */
  subject: string | null;
  /** The announcement's URL on a start, the failure on `announcement-fail`. */
  detail: string | null;
}

export class ConferenceActivityLog {
  private readonly byConference = new Map<string, Activity[]>();

  /** Keeps `activity` if it is a kind the timeline reads; anything else is dropped. */
  record(conferenceSid: string, activity: Omit<Activity, 'event'> & { event: string }): void {
    if (!KEPT.has(activity.event)) return;
    let list = this.byConference.get(conferenceSid);
    if (!list) this.byConference.set(conferenceSid, (list = []));
    list.push(activity as Activity);
    if (list.length > LIMITS.events) list.shift();
  }

  of(conferenceSid: string): readonly Activity[] {
    return this.byConference.get(conferenceSid) ?? [];
  }

  clear(): void {
    this.byConference.clear();
  }
}
