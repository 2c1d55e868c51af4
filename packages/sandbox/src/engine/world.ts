/**
 * The world: the store's maps and indexes, the SID factory, the clock and the journal, and the one way a
 * webhook leaves the engine (`send`). The lifecycle rules live beside it, one module per resource family
 * (conferences.ts, calls.ts, recordings.ts); they take the world as their first argument. Time-driven
 * steps are data on the records, so a snapshot carries them and `armTimers()` re-creates the timers.
 */
import type { Clock } from '../clock.js';
import { ConferenceActivityLog } from '../conference-activity.js';
import type { JournalStore, WebhookKind } from '../journal.js';
import {
  type Account,
  type AccountIndex,
  type Call,
  type Callback,
  type Conference,
  type ConferenceStatus,
  LIMITS,
  NO_TIMELINE,
  type Participant,
  type PhoneNumber,
  type Recording,
  SortedByKey,
  SortedConferences,
  type TimelineEntry,
  callKey,
  conferenceStatuses,
  isActive,
  numberKey,
} from '../store.js';
import { SidFactory, rfc2822 } from '../util.js';

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
  /** How long `<Say>` takes per word (per loop): 400 ms is 150 words a minute. */
  sayWordMs: number;
  /** How long one loop of `<Play>` takes: the sandbox fetches no audio, so every file lasts this long. */
  playMs: number;
}

export const defaultDelays: Delays = {
  queueMs: 100,
  dialMs: 100,
  answerMs: 300,
  announcementMs: 1500,
  recordingProcessingMs: 1000,
  insightsProcessingMs: 60_000,
  sayWordMs: 400,
  playMs: 5000,
};

export interface EngineOptions {
  delays: Delays;
  strictAccounts: boolean;
}

export type Params = Array<[string, string]>;

const SUBSCRIPTION: Record<string, string> = {
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

export class World {
  accounts = new Map<string, Account>();
  apiKeys = new Map<string, { accountSid: string; secret: string }>();
  conferences = new Map<string, Conference>();
  calls = new Map<string, Call>();
  /** Each call's latest participant (a call that moved between conferences had one in each). */
  participantsByCall = new Map<string, Participant>();
  participantsBySid = new Map<string, Participant>();
  recordings = new Map<string, Recording>();
  /** Phone numbers by SID, and by the number itself (a number belongs to one account of the sandbox). */
  numbers = new Map<string, PhoneNumber>();
  numbersByPhone = new Map<string, PhoneNumber>();
  /** Per account: conferences by creation, by status and by friendly name. */
  indexes = new Map<string, AccountIndex>();
  /** The one active (init or in-progress) conference per account and friendly name. */
  activeByName = new Map<string, Conference>();
  /** Told of every call status change once it is made: what a host's wait for a status listens to. */
  readonly statusListeners = new Set<(call: Call) => void>();
  /** Speech, announcements and recordings over time, which the conference records do not keep. */
  readonly activity = new ConferenceActivityLog();
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
    this.calls.clear();
    this.participantsByCall.clear();
    this.participantsBySid.clear();
    this.recordings.clear();
    this.numbers.clear();
    this.numbersByPhone.clear();
    this.indexes.clear();
    this.activeByName.clear();
    this.activity.clear();
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
      idx = {
        all: new SortedConferences(),
        calls: new SortedByKey(callKey),
        numbers: new SortedByKey(numberKey),
        byStatus: new Map(),
        byName: new Map(),
      };
      for (const s of conferenceStatuses) idx.byStatus.set(s, new SortedConferences());
      this.indexes.set(accountSid, idx);
    }
    return idx;
  }

  private nameKey(accountSid: string, name: string): string {
    return `${accountSid}\u0000${name}`;
  }

  /** While loading many records at once: indexes are added to in any order and sorted once at the end. */
  private loading = false;

  private put<T>(list: SortedByKey<T>, item: T): void {
    if (this.loading) list.add(item);
    else list.insert(item);
  }

  /** Inserts a world's records (into a cleared world), sorting each index once instead of item by item. */
  load(records: {
    numbers: readonly PhoneNumber[];
    calls: readonly Call[];
    callsBySid?: Map<string, Call>;
    conferences: readonly Conference[];
    conferencesBySid?: Map<string, Conference>;
    participantsBySid?: Map<string, Participant>;
    participantsByCall?: Map<string, Participant>;
  }): void {
    this.loading = true;
    try {
      for (const n of records.numbers) this.insertNumber(n);
      if (records.callsBySid && this.calls.size === 0) {
        // The reader's map (unique SIDs, in the records' order) becomes the world's: a second map of
        // 500,000 calls would only be built to throw the first away.
        this.calls = records.callsBySid;
        for (const call of records.calls) this.put(this.index(call.accountSid).calls, call);
      } else for (const call of records.calls) this.insertCall(call);
      const { conferencesBySid, participantsBySid, participantsByCall } = records;
      if (conferencesBySid && participantsBySid && participantsByCall && this.conferences.size === 0 && this.participantsBySid.size === 0 && this.participantsByCall.size === 0) {
        // The reader's maps, as for calls: it has already refused a SID given twice and a call active
        // in two conferences.
        this.conferences = conferencesBySid;
        this.participantsBySid = participantsBySid;
        this.participantsByCall = participantsByCall;
        for (const c of records.conferences) this.indexConference(c);
      } else for (const c of records.conferences) this.insertConference(c);
    } finally {
      this.loading = false;
      for (const idx of this.indexes.values()) {
        for (const list of [idx.all, idx.calls, idx.numbers, ...idx.byStatus.values(), ...idx.byName.values()]) list.sortAdded();
      }
    }
  }

  /** Adds a conference record (with its participants and recordings) to every index. */
  insertConference(c: Conference): void {
    if (this.conferences.has(c.sid)) throw new Error(`Duplicate conference SID ${c.sid}`);
    this.conferences.set(c.sid, c);
    for (const p of c.participants) {
      if (this.participantsBySid.has(p.participantSid)) throw new Error(`Duplicate participant SID ${p.participantSid}`);
      this.participantsBySid.set(p.participantSid, p);
      const other = this.participantsByCall.get(p.callSid);
      if (other && isActive(other) && isActive(p)) throw new Error(`Call ${p.callSid} is active in two conferences`);
      if (!other || !isActive(other)) this.participantsByCall.set(p.callSid, p);
    }
    this.indexConference(c);
  }

  /** Adds a conference already in `conferences`, its participants in the participant maps, to the other indexes. */
  private indexConference(c: Conference): void {
    const idx = this.index(c.accountSid);
    this.put(idx.all, c);
    this.put(idx.byStatus.get(c.status)!, c);
    if (c.friendlyName !== null) {
      let byName = idx.byName.get(c.friendlyName);
      if (!byName) idx.byName.set(c.friendlyName, (byName = new SortedConferences()));
      this.put(byName, c);
      if (c.status !== 'completed') {
        const key = this.nameKey(c.accountSid, c.friendlyName);
        if (this.activeByName.has(key)) {
          throw new Error(`Two active conferences named "${c.friendlyName}" (${this.activeByName.get(key)!.sid}, ${c.sid})`);
        }
        this.activeByName.set(key, c);
      }
    }
    for (const r of c.recordings) {
      if (this.recordings.has(r.sid)) throw new Error(`Duplicate recording SID ${r.sid}`);
      this.recordings.set(r.sid, r);
    }
  }

  insertCall(call: Call): void {
    if (this.calls.has(call.sid)) throw new Error(`Duplicate call SID ${call.sid}`);
    this.calls.set(call.sid, call);
    this.put(this.index(call.accountSid).calls, call);
  }

  insertNumber(n: PhoneNumber): void {
    if (this.numbers.has(n.sid)) throw new Error(`Duplicate phone number SID ${n.sid}`);
    if (this.numbersByPhone.has(n.phoneNumber)) throw new Error(`Phone number ${n.phoneNumber} is already in the sandbox`);
    this.numbers.set(n.sid, n);
    this.numbersByPhone.set(n.phoneNumber, n);
    this.put(this.index(n.accountSid).numbers, n);
  }

  removeNumber(n: PhoneNumber): void {
    this.numbers.delete(n.sid);
    this.numbersByPhone.delete(n.phoneNumber);
    this.index(n.accountSid).numbers.remove(n);
  }

  /** The call a participant stands for; every participant has one. */
  callOf(p: Participant): Call {
    const call = this.calls.get(p.callSid);
    if (!call) throw new Error(`Participant ${p.participantSid} has no call ${p.callSid}`);
    return call;
  }

  /** The participant a call is now in a conference as, if any. */
  activeParticipant(call: Call): Participant | undefined {
    const p = this.participantsByCall.get(call.sid);
    return p && isActive(p) ? p : undefined;
  }

  /** Adds to a call's timeline, stamped with the sandbox time; a call keeps its latest LIMITS.events entries. */
  note(call: Call, entry: Omit<TimelineEntry, 'at'>): void {
    if (call.timeline === NO_TIMELINE) call.timeline = [];
    call.timeline.push({ at: this.now(), ...entry });
    if (call.timeline.length > LIMITS.events) call.timeline.shift();
  }

  setConferenceStatus(c: Conference, status: ConferenceStatus): void {
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

  // ---------------------------------------------------------------------------------------------------
  // Webhooks

  send(
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

  /**
   * Notes a change the conference timeline shows (see conference-activity.ts): `subject` is the
   * announcement's id or the recording's SID, `detail` its URL or why it failed.
   */
  noteActivity(c: Conference, event: string, callSid: string | null, subject: string | null = null, detail: string | null = null): void {
    this.activity.record(c.sid, { at: this.now(), event, callSid, subject, detail });
  }

  /**
   * Sends a conference status callback if its event is subscribed; SequenceNumber counts those sent. The
   * timeline's activity log hears of it either way.
   */
  conferenceEvent(c: Conference, event: string, extra: Params = [], callSid: string | null = null, subject: string | null = null): void {
    const failure = extra.find(([name]) => name === 'ReasonAnnouncementFailed')?.[1] ?? null;
    this.noteActivity(c, event, callSid, subject, failure);
    const cb = c.statusCallback;
    if (!cb) return;
    const name = SUBSCRIPTION[event];
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
}
