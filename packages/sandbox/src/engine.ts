/**
 * The engine: the store, its indexes, the lifecycle rules of §6 and every event they cause (status
 * callbacks, call progress, recordings). Handlers (handlers.ts) parse requests and call in here; the
 * network-caused events of the control surface call in here too. Time-driven steps are data on the
 * records (`participant.next`, `announcement.endsAt`, `recording.completesAt`), so a snapshot carries
 * them and `armTimers()` re-creates the clock's timers from it.
 */
import type { Clock } from './clock.js';
import type { JournalStore, WebhookKind } from './journal.js';
import {
  type Account,
  type AccountIndex,
  type CallStatus,
  type Callback,
  type Conference,
  type ConferenceStatus,
  type EndReason,
  type LeaveReason,
  type Participant,
  type Recording,
  SortedConferences,
  conferenceStatuses,
  isActive,
} from './store.js';
import { SidFactory, badRequest, rfc2822 } from './util.js';

export interface Delays {
  /** Queued → initiated (the leg leaves the queue and dials); also the create response's `queue_time`. */
  queueMs: number;
  /** Initiated → ringing. */
  dialMs: number;
  /** Ringing → answered (or busy / no-answer / failed for the magic numbers). */
  answerMs: number;
  /** How long an announcement plays before `announcement-end`; null = only a network event ends it. */
  announcementMs: number | null;
  /** Stopped recording → completed. */
  recordingProcessingMs: number;
  /** Conference end (or participant leave) → Insights `processing_state: complete`. */
  insightsProcessingMs: number;
}

export const defaultDelays: Delays = {
  queueMs: 100,
  dialMs: 100,
  answerMs: 300,
  announcementMs: 1500,
  recordingProcessingMs: 1000,
  insightsProcessingMs: 60_000,
};

/** Magic `To` values: how a dialled leg ends instead of being answered. */
export type MagicOutcome = 'busy' | 'no-answer' | 'failed' | 'never-answer';
export const magicNumbers: Readonly<Record<string, MagicOutcome>> = {
  '+15005550010': 'busy',
  '+15005550011': 'no-answer',
  '+15005550012': 'failed',
  '+15005550013': 'never-answer',
  'client:busy': 'busy',
  'client:no-answer': 'no-answer',
  'client:failed': 'failed',
  'client:never-answer': 'never-answer',
};

export const SIP_RESPONSE: Partial<Record<CallStatus, string>> = { busy: '486', 'no-answer': '487', failed: '404' };

export interface EngineOptions {
  delays: Delays;
  strictAccounts: boolean;
}

type Params = Array<[string, string]>;

export class Engine {
  accounts = new Map<string, Account>();
  apiKeys = new Map<string, { accountSid: string; secret: string }>();
  conferences = new Map<string, Conference>();
  participantsByCall = new Map<string, Participant>();
  participantsBySid = new Map<string, Participant>();
  recordings = new Map<string, Recording>();
  /** Per account: conferences by creation, by status and by friendly name. */
  indexes = new Map<string, AccountIndex>();
  /** The one active (init or in-progress) conference per account and friendly name. */
  activeByName = new Map<string, Conference>();
  sids: SidFactory;

  constructor(
    readonly clock: Clock,
    readonly journal: JournalStore,
    readonly options: EngineOptions,
    sidSeed: number,
  ) {
    this.sids = new SidFactory(sidSeed);
  }

  now(): number {
    return this.clock.now();
  }

  // ---------------------------------------------------------------------------------------------------
  // Store maintenance

  clear(): void {
    this.clock.clear();
    this.accounts.clear();
    this.apiKeys.clear();
    this.conferences.clear();
    this.participantsByCall.clear();
    this.participantsBySid.clear();
    this.recordings.clear();
    this.indexes.clear();
    this.activeByName.clear();
  }

  addAccount(account: Account): void {
    const old = this.accounts.get(account.sid);
    if (old) for (const k of old.apiKeys) this.apiKeys.delete(k.sid);
    this.accounts.set(account.sid, account);
    for (const k of account.apiKeys) this.apiKeys.set(k.sid, { accountSid: account.sid, secret: k.secret });
  }

  index(accountSid: string): AccountIndex {
    let idx = this.indexes.get(accountSid);
    if (!idx) {
      idx = { all: new SortedConferences(), byStatus: new Map(), byName: new Map() };
      for (const s of conferenceStatuses) idx.byStatus.set(s, new SortedConferences());
      this.indexes.set(accountSid, idx);
    }
    return idx;
  }

  private nameKey(accountSid: string, name: string): string {
    return `${accountSid}\u0000${name}`;
  }

  /** Adds a conference record (with its participants and recordings) to every index. */
  insertConference(c: Conference): void {
    if (this.conferences.has(c.sid)) throw new Error(`Duplicate conference SID ${c.sid}`);
    this.conferences.set(c.sid, c);
    const idx = this.index(c.accountSid);
    idx.all.insert(c);
    idx.byStatus.get(c.status)!.insert(c);
    if (c.friendlyName !== null) {
      let byName = idx.byName.get(c.friendlyName);
      if (!byName) idx.byName.set(c.friendlyName, (byName = new SortedConferences()));
      byName.insert(c);
      if (c.status !== 'completed') {
        const key = this.nameKey(c.accountSid, c.friendlyName);
        if (this.activeByName.has(key)) {
          throw new Error(`Two active conferences named "${c.friendlyName}" (${this.activeByName.get(key)!.sid}, ${c.sid})`);
        }
        this.activeByName.set(key, c);
      }
    }
    for (const p of c.participants) {
      if (this.participantsByCall.has(p.callSid)) throw new Error(`Duplicate participant call SID ${p.callSid}`);
      if (this.participantsBySid.has(p.participantSid)) throw new Error(`Duplicate participant SID ${p.participantSid}`);
      this.participantsByCall.set(p.callSid, p);
      this.participantsBySid.set(p.participantSid, p);
    }
    for (const r of c.recordings) {
      if (this.recordings.has(r.sid)) throw new Error(`Duplicate recording SID ${r.sid}`);
      this.recordings.set(r.sid, r);
    }
  }

  private setStatus(c: Conference, status: ConferenceStatus): void {
    if (c.status === status) return;
    const idx = this.index(c.accountSid);
    idx.byStatus.get(c.status)!.remove(c);
    c.status = status;
    idx.byStatus.get(status)!.insert(c);
    c.dateUpdated = this.now();
    if (status === 'completed' && c.friendlyName !== null) {
      const key = this.nameKey(c.accountSid, c.friendlyName);
      if (this.activeByName.get(key) === c) this.activeByName.delete(key);
    }
  }

  activeConferenceNamed(accountSid: string, name: string): Conference | undefined {
    return this.activeByName.get(this.nameKey(accountSid, name));
  }

  /** Re-creates the clock's timers from the records (after a seed or snapshot import). */
  armTimers(): void {
    for (const c of this.conferences.values()) {
      for (const p of c.participants) if (p.next) this.scheduleStep(p);
      for (const a of c.announcements) if (a.endsAt !== null) this.scheduleAnnouncement(c, a.id, a.endsAt);
      for (const r of c.recordings) if (r.completesAt !== null) this.scheduleRecording(r);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Webhooks

  private send(
    type: WebhookKind,
    accountSid: string,
    cb: Callback,
    event: string,
    params: Params,
    ids: { conferenceSid: string | null; callSid: string | null; sequenceNumber: number | null },
  ): void {
    this.journal.send({
      at: new Date(this.now()).toISOString(),
      type,
      event,
      accountSid,
      ...ids,
      url: cb.url,
      method: cb.method,
      params,
    });
  }

  private static readonly SUBSCRIPTION: Record<string, string> = {
    'conference-start': 'start',
    'conference-end': 'end',
    'participant-join': 'join',
    'participant-leave': 'leave',
    'participant-mute': 'mute',
    'participant-unmute': 'mute',
    'participant-hold': 'hold',
    'participant-unhold': 'hold',
    'participant-modify': 'modify',
    'participant-speech-start': 'speaker',
    'participant-speech-stop': 'speaker',
    'announcement-end': 'announcement',
    'announcement-fail': 'announcement',
  };

  participantFields(p: Participant): Params {
    const fields: Params = [
      ['CallSid', p.callSid],
      ['Muted', String(p.muted)],
      ['Hold', String(p.hold)],
      ['Coaching', String(p.coaching)],
      ['EndConferenceOnExit', String(p.endConferenceOnExit)],
      ['StartConferenceOnEnter', String(p.startConferenceOnEnter)],
    ];
    if (p.label !== null) fields.push(['ParticipantLabel', p.label]);
    return fields;
  }

  /** Sends a conference status callback if its event is subscribed; SequenceNumber counts those sent. */
  conferenceEvent(c: Conference, event: string, extra: Params = [], callSid: string | null = null): void {
    const cb = c.statusCallback;
    if (!cb) return;
    const name = Engine.SUBSCRIPTION[event];
    if (!name || !cb.events.includes(name)) return;
    c.sequence += 1;
    const params: Params = [
      ['ConferenceSid', c.sid],
      ['FriendlyName', c.friendlyName ?? ''],
      ['AccountSid', c.accountSid],
      ['SequenceNumber', String(c.sequence)],
      ['Timestamp', rfc2822(this.now())],
      ['StatusCallbackEvent', event],
      ...extra,
    ];
    this.send('conference', c.accountSid, cb, event, params, {
      conferenceSid: c.sid,
      callSid,
      sequenceNumber: c.sequence,
    });
  }

  private callProgress(p: Participant, subscription: 'initiated' | 'ringing' | 'answered' | 'completed'): void {
    const cb = p.callback;
    if (!cb || !cb.events.includes(subscription)) return;
    p.callSequence += 1;
    const params: Params = [
      ['AccountSid', p.accountSid],
      ['ApiVersion', '2010-04-01'],
      ['CallSid', p.callSid],
      ['CallStatus', p.callStatus],
      ['Direction', p.direction === 'outbound' ? 'outbound-api' : 'inbound'],
      ['From', p.from],
      ['To', p.to],
      ['Timestamp', rfc2822(this.now())],
      ['CallbackSource', 'call-progress-events'],
      ['SequenceNumber', String(p.callSequence)],
    ];
    if (subscription === 'completed') {
      const seconds = p.joinTime !== null ? Math.max(0, Math.round((this.now() - p.joinTime) / 1000)) : 0;
      params.push(['CallDuration', String(seconds)], ['Duration', String(Math.ceil(seconds / 60))]);
      const sip = SIP_RESPONSE[p.callStatus];
      if (sip) params.push(['SipResponseCode', sip]);
    }
    this.send('call-progress', p.accountSid, cb, p.callStatus, params, {
      conferenceSid: p.conferenceSid,
      callSid: p.callSid,
      sequenceNumber: p.callSequence,
    });
  }

  private recordingEvent(c: Conference, r: Recording, status: 'in-progress' | 'completed' | 'failed' | 'absent'): void {
    const cb = c.recordingStatusCallback;
    if (!cb || !cb.events.includes(status)) return;
    const params: Params = [
      ['AccountSid', r.accountSid],
      ['ConferenceSid', r.conferenceSid],
      ['RecordingSid', r.sid],
      ['RecordingUrl', `https://api.twilio.com/2010-04-01/Accounts/${r.accountSid}/Recordings/${r.sid}`],
      ['RecordingStatus', status],
      ['RecordingDuration', String(Math.round(this.recordedMs(r) / 1000))],
      ['RecordingChannels', String(r.channels)],
      ['RecordingStartTime', rfc2822(r.startTime)],
      ['RecordingSource', 'Conference'],
    ];
    this.send('recording', r.accountSid, cb, status, params, {
      conferenceSid: c.sid,
      callSid: null,
      sequenceNumber: null,
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // Conferences

  createConference(account: Account, name: string, first: Partial<Conference>): Conference {
    const now = this.now();
    const c: Conference = {
      sid: this.sids.mint('CF'),
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
    this.insertConference(c);
    return c;
  }

  connected(c: Conference): Participant[] {
    return c.participants.filter((p) => p.status === 'connected');
  }

  /** Starts the conference if §6's rule holds: ≥2 connected, ≥1 of them with startConferenceOnEnter. */
  private maybeStart(c: Conference): void {
    if (c.status !== 'init') return;
    const connected = this.connected(c);
    if (connected.length < 2 || !connected.some((p) => p.startConferenceOnEnter)) return;
    this.setStatus(c, 'in-progress');
    c.startTime = this.now();
    this.conferenceEvent(c, 'conference-start');
    if (c.record === 'true' || c.record === 'record-from-start') this.startRecording(c);
  }

  /** Ends an active conference: every remaining leg drops, recordings stop, then `conference-end`. */
  endConference(c: Conference, reason: EndReason, ending: Participant | null): void {
    if (c.status === 'completed') return;
    const leave: LeaveReason =
      reason === 'conference-ended-via-api' ? 'conference_ended_via_api' : 'moderator_ended_conference';
    for (const p of c.participants) {
      if (isActive(p)) this.dropLeg(p, leave, p.status === 'connected' ? 'completed' : 'canceled');
    }
    c.endTime = this.now();
    c.reasonEnded = reason;
    c.callSidEnding = ending?.callSid ?? null;
    c.labelEnding = ending?.label ?? null;
    this.setStatus(c, 'completed');
    for (const a of c.announcements) this.clock.cancelGroup(`announce:${a.id}`);
    c.announcements = [];
    for (const r of c.recordings) {
      if (r.status === 'in-progress' || r.status === 'paused') this.stopRecording(r, 'processing');
    }
    const extra: Params = [];
    if (c.callSidEnding) extra.push(['CallSidEndingConference', c.callSidEnding]);
    if (c.labelEnding) extra.push(['ParticipantLabelEndingConference', c.labelEnding]);
    extra.push(['ReasonConferenceEnded', reason], ['Reason', REASON_TEXT[reason]]);
    this.conferenceEvent(c, 'conference-end', extra);
  }

  // ---------------------------------------------------------------------------------------------------
  // Participants' calls

  scheduleStep(p: Participant): void {
    const next = p.next;
    if (!next) return;
    this.clock.cancelGroup(`call:${p.callSid}`);
    this.clock.schedule(
      next.at,
      `call:${p.callSid}:${next.step}`,
      () => {
        if (p.next === next) this.runStep(p);
      },
      `call:${p.callSid}`,
    );
  }

  private runStep(p: Participant): void {
    const step = p.next;
    const c = this.conferences.get(p.conferenceSid);
    if (!step || !c) return;
    p.next = null;
    const now = this.now();
    const outcome = magicNumbers[p.to];
    switch (step.step) {
      case 'initiate':
        p.status = 'connecting';
        p.callStatus = 'initiated';
        p.dateUpdated = now;
        this.callProgress(p, 'initiated');
        p.next = outcome === 'failed' ? { at: now + this.options.delays.dialMs, step: 'fail' } : { at: now + this.options.delays.dialMs, step: 'ring' };
        break;
      case 'ring': {
        p.status = 'ringing';
        p.callStatus = 'ringing';
        p.ringStartedAt = now;
        p.dateUpdated = now;
        this.callProgress(p, 'ringing');
        const timeoutAt = now + p.timeoutSeconds * 1000;
        const answerAt = now + this.options.delays.answerMs;
        if (outcome === 'busy') p.next = { at: answerAt, step: 'busy' };
        else if (outcome === 'no-answer') p.next = { at: Math.min(answerAt, timeoutAt), step: 'no-answer' };
        else if (outcome === 'never-answer' || answerAt > timeoutAt) p.next = { at: timeoutAt, step: 'no-answer' };
        else p.next = { at: answerAt, step: 'answer' };
        break;
      }
      case 'answer':
        this.join(c, p);
        break;
      case 'busy':
        this.dropLeg(p, 'participant_add_failed', 'busy');
        this.afterLeave(c, p, false);
        break;
      case 'no-answer':
        this.dropLeg(p, 'participant_add_failed', 'no-answer');
        this.afterLeave(c, p, false);
        break;
      case 'fail':
        this.dropLeg(p, 'participant_add_failed', 'failed');
        this.afterLeave(c, p, false);
        break;
    }
    if (p.next) this.scheduleStep(p);
  }

  private join(c: Conference, p: Participant): void {
    const now = this.now();
    p.status = 'connected';
    p.callStatus = 'in-progress';
    p.joinTime = now;
    p.dateUpdated = now;
    this.callProgress(p, 'answered');
    this.conferenceEvent(c, 'participant-join', this.participantFields(p), p.callSid);
    c.peakConcurrent = Math.max(c.peakConcurrent, this.connected(c).length);
    this.maybeStart(c);
  }

  /**
   * Ends one leg: the participant leaves (or never joined), `participant-leave` and the call's
   * `completed` progress event are sent. Does not decide whether the conference ends (afterLeave does).
   */
  dropLeg(p: Participant, reason: LeaveReason, callStatus: CallStatus): void {
    const c = this.conferences.get(p.conferenceSid)!;
    const now = this.now();
    const wasConnected = p.status === 'connected';
    this.clock.cancelGroup(`call:${p.callSid}`);
    p.next = null;
    p.status = callStatus === 'busy' || callStatus === 'failed' || callStatus === 'no-answer' ? 'failed' : 'complete';
    p.callStatus = callStatus;
    p.leaveReason = reason;
    p.dateUpdated = now;
    if (wasConnected) p.leaveTime = now;
    const participantCallStatus = callStatus === 'in-progress' ? 'completed' : callStatus;
    this.conferenceEvent(
      c,
      'participant-leave',
      [...this.participantFields(p), ['ParticipantCallStatus', participantCallStatus], ['ReasonParticipantLeft', reason]],
      p.callSid,
    );
    this.callProgress(p, 'completed');
    // Announcements to this participant end with it.
    c.announcements = c.announcements.filter((a) => {
      if (a.callSid !== p.callSid) return true;
      this.clock.cancelGroup(`announce:${a.id}`);
      return false;
    });
  }

  /** After a leg ended by itself or by a kick: end-on-exit and last-participant rules (§6). */
  afterLeave(c: Conference, p: Participant, kicked: boolean): void {
    if (c.status === 'completed') return;
    if (p.joinTime !== null && p.endConferenceOnExit) {
      this.endConference(
        c,
        kicked ? 'participant-with-end-conference-on-exit-kicked' : 'participant-with-end-conference-on-exit-left',
        p,
      );
    } else if (!c.participants.some(isActive)) {
      this.endConference(c, kicked ? 'last-participant-kicked' : 'last-participant-left', p);
    }
  }

  /** A participant is removed through the API (DELETE): a kick. */
  kick(c: Conference, p: Participant): void {
    this.dropLeg(p, 'participant_updated_via_api', p.status === 'connected' ? 'completed' : 'canceled');
    this.afterLeave(c, p, true);
  }

  /** The participant's far end hangs up (a network event). */
  hangUp(c: Conference, p: Participant): void {
    this.dropLeg(p, 'participant_hung_up', p.status === 'connected' ? 'completed' : 'canceled');
    this.afterLeave(c, p, false);
  }

  // ---------------------------------------------------------------------------------------------------
  // Announcements

  announce(c: Conference, url: string, method: 'GET' | 'POST', p: Participant | null): void {
    const delay = this.options.delays.announcementMs;
    const a = {
      id: this.sids.mint('AN'),
      url,
      method,
      callSid: p?.callSid ?? null,
      endsAt: delay === null ? null : this.now() + delay,
    };
    c.announcements.push(a);
    if (a.endsAt !== null) this.scheduleAnnouncement(c, a.id, a.endsAt);
  }

  private scheduleAnnouncement(c: Conference, id: string, at: number): void {
    this.clock.schedule(at, `announce:${id}`, () => this.finishAnnouncement(c, id, null));
  }

  /** Ends (or fails, with a reason) a pending announcement; returns false when there is none. */
  finishAnnouncement(c: Conference, id: string | null, failure: string | null): boolean {
    const i = id === null ? 0 : c.announcements.findIndex((a) => a.id === id);
    const a = c.announcements[i];
    if (!a) return false;
    c.announcements.splice(i, 1);
    this.clock.cancelGroup(`announce:${a.id}`);
    const extra: Params = [['AnnounceUrl', a.url]];
    if (failure !== null) extra.push(['ReasonAnnouncementFailed', failure]);
    const p = a.callSid ? this.participantsByCall.get(a.callSid) : undefined;
    if (p && isActive(p)) extra.push(...this.participantFields(p));
    this.conferenceEvent(c, failure === null ? 'announcement-end' : 'announcement-fail', extra, a.callSid);
    return true;
  }

  // ---------------------------------------------------------------------------------------------------
  // Recordings

  recordedMs(r: Recording): number {
    return r.recordedMs + (r.runningSince !== null ? this.now() - r.runningSince : 0);
  }

  private startRecording(c: Conference): void {
    const now = this.now();
    const first = this.connected(c)[0] ?? c.participants[0]!;
    const r: Recording = {
      ordinal: c.recordings.length,
      sid: this.sids.mint('RE'),
      accountSid: c.accountSid,
      conferenceSid: c.sid,
      callSid: first.callSid,
      status: 'in-progress',
      dateCreated: now,
      dateUpdated: now,
      startTime: now,
      recordedMs: 0,
      runningSince: now,
      channels: 1,
      source: 'Conference',
      errorCode: null,
      completesAt: null,
    };
    c.recordings.push(r);
    this.recordings.set(r.sid, r);
    this.recordingEvent(c, r, 'in-progress');
  }

  setRecordingStatus(c: Conference, r: Recording, status: 'in-progress' | 'paused' | 'stopped'): void {
    const now = this.now();
    if (r.status !== 'in-progress' && r.status !== 'paused') {
      throw badRequest(`Recording ${r.sid} is ${r.status}; only an in-progress or paused recording can be changed`);
    }
    if (status === 'stopped') {
      this.stopRecording(r, 'stopped');
      return;
    }
    if (status === r.status) return;
    if (status === 'paused') {
      r.recordedMs = this.recordedMs(r);
      r.runningSince = null;
    } else {
      r.runningSince = now;
    }
    r.status = status;
    r.dateUpdated = now;
  }

  private stopRecording(r: Recording, status: 'stopped' | 'processing'): void {
    r.recordedMs = this.recordedMs(r);
    r.runningSince = null;
    r.status = status;
    r.dateUpdated = this.now();
    r.completesAt = this.now() + this.options.delays.recordingProcessingMs;
    this.scheduleRecording(r);
  }

  private scheduleRecording(r: Recording): void {
    const at = r.completesAt;
    if (at === null) return;
    this.clock.schedule(at, `rec:${r.sid}`, () => {
      if (r.completesAt !== at || !this.recordings.has(r.sid)) return;
      r.completesAt = null;
      r.status = r.recordedMs > 0 ? 'completed' : 'absent';
      r.dateUpdated = this.now();
      const c = this.conferences.get(r.conferenceSid);
      if (c) this.recordingEvent(c, r, r.status === 'completed' ? 'completed' : 'absent');
    });
  }

  deleteRecording(c: Conference, r: Recording): void {
    if (r.status === 'in-progress' || r.status === 'paused') {
      throw badRequest(`Recording ${r.sid} is ${r.status}; stop it before deleting it`);
    }
    this.clock.cancelGroup(`rec:${r.sid}`);
    c.recordings = c.recordings.filter((x) => x !== r);
    this.recordings.delete(r.sid);
  }
}

const REASON_TEXT: Record<EndReason, string> = {
  'conference-ended-via-api': 'Conference ended via API',
  'participant-with-end-conference-on-exit-left': 'Participant with endConferenceOnExit left the conference',
  'participant-with-end-conference-on-exit-kicked': 'Participant with endConferenceOnExit was removed via API',
  'last-participant-kicked': 'Last participant was removed via API',
  'last-participant-left': 'Last participant left the conference',
};
