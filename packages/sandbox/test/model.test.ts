/**
 * Model-based test: random sequences of API calls, network events and clock advances against a sandbox,
 * beside a small model of what must hold. After every step the invariants are checked; fast-check shrinks
 * a failure to the shortest sequence that breaks one. The calls' TwiML comes from a small IVR app served
 * through the injected fetch: incoming calls to its number, menus (<Gather>) answered with keys and
 * speech, joins, redirects back to the menu.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlApiNames, createContract, formatErrors, listOperations } from '@conference-kit/specs/contract';
import { handleControl } from '../src/index.js';
import { ACCOUNT, HOOK, created, expectWebhooksValid, makeSandbox, type Harness } from './helpers.js';

const CONF_RANK: Record<string, number> = { init: 0, 'in-progress': 1, completed: 2 };
const PART_RANK: Record<string, number> = { queued: 0, connecting: 1, ringing: 2, connected: 3, complete: 4, failed: 4 };
const NAMES = ['alpha', 'beta', 'gamma'];
/** The IVR app's numbers: one answered by the menu, one without a voice URL, and one no account has. */
const IVR_NUMBER = '+15017122661';
const SILENT_NUMBER = '+15017122662';
const UNKNOWN_NUMBER = '+15017122663';
const APP = 'http://127.0.0.1:9';
const conference = (name: string, extra = '') =>
  `<Dial${extra}><Conference statusCallback="${HOOK}" statusCallbackEvent="start end join leave">${name}</Conference></Dial>`;
/** The IVR app: documents by path; the menu's choice by the keys or words it gets. */
const IVR: Record<string, (form: URLSearchParams) => string> = {
  '/ivr': () => '<Response><Gather action="/choice" input="dtmf speech" numDigits="1" timeout="3"><Say>Press 1 for sales or 2 to hear this again</Say></Gather><Say>Goodbye</Say></Response>',
  '/choice': (form) => {
    const choice = form.get('Digits') ?? (form.get('SpeechResult') === 'sales' ? '1' : '');
    if (choice === '1') return `<Response>${conference('alpha', ' hangupOnStar="true" action="/after"')}</Response>`;
    if (choice === '2') return '<Response><Redirect>/ivr</Redirect></Response>';
    return '<Response><Hangup/></Response>';
  },
  '/after': () => '<Response><Say>Back from the conference</Say><Redirect method="GET">/ivr</Redirect></Response>',
};

const controlContract = createContract();
const controlEntries = new Map(controlApiNames.flatMap((api) => listOperations(api)).map((e) => [e.operationId, e]));

/** A control request, its answer checked against specs/sandbox-v1. */
async function control(h: Harness, operationId: string, request: Parameters<typeof handleControl>[2]) {
  const res = await handleControl(h.sandbox, operationId, request);
  const errors = controlContract.validateResponse(controlEntries.get(operationId)!, res.status, res.body);
  if (errors) throw new Error(`${operationId} ${res.status} is off-contract: ${formatErrors(errors)}\n${JSON.stringify(res.body)}`);
  return res as { status: number; body: any };
}

/** A sandbox whose webhooks reach the IVR app (documents) or a receiver that answers 204 (callbacks). */
function ivrSandbox(seeded: boolean): Harness {
  return makeSandbox({
    seed: seeded ? 'default' : 'empty',
    delays: { insightsProcessingMs: 2_000 },
    fetch: async (url, init) => {
      const u = new URL(url);
      const doc = IVR[u.pathname];
      if (!doc) return { status: 204 };
      return new Response(doc(new URLSearchParams(init.body ?? u.search)), { status: 200, headers: { 'Content-Type': 'text/xml' } });
    },
  });
}
const TO = ['+15555550101', '+15555550102', 'client:agent', '+15005550010', '+15005550011', '+15005550012', '+15005550013'];

interface Model {
  /** The furthest status seen per conference. */
  conferences: Map<string, number>;
  /** The furthest status seen per participant call. */
  participants: Map<string, number>;
  /** Active calls we know of: [conferenceSid, callSid]. */
  calls: Array<[string, string]>;
  /** Every call the Calls resource lists. */
  allCalls: string[];
  /** The final status each ended call took: it never changes. */
  finals: Map<string, string>;
}

interface Real {
  h: Harness;
}

type Cmd = fc.AsyncCommand<Model, Real>;

const all = async (h: Harness, op: string, path: Record<string, string>, query: Record<string, string> = {}) => {
  const res = await h.call(op, path, { query: { ...query, PageSize: '1000' } });
  expect(res.status).toBe(200);
  const key = Object.keys(res.body).find((k) => Array.isArray(res.body[k]))!;
  return res.body[key] as any[];
};

/** Follows next links from a first page of `pageSize` and returns everything seen. */
async function walk(h: Harness, op: string, path: Record<string, string>, query: Record<string, string>, pageSize: number) {
  const seen: any[] = [];
  let q: Record<string, string> | null = { ...query, PageSize: String(pageSize) };
  let guard = 0;
  while (q) {
    const res = await h.call(op, path, { query: q });
    expect(res.status).toBe(200);
    const key = Object.keys(res.body).find((k) => Array.isArray(res.body[k]))!;
    const page = res.body[key] as any[];
    expect(page.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page);
    const next: string | null = res.body.next_page_uri ?? res.body.meta?.next_page_url ?? null;
    if (next !== null) expect(page.length).toBe(pageSize);
    q = next === null ? null : Object.fromEntries(new URL(next, 'http://x').searchParams);
    if (++guard > 500) throw new Error('paging does not end');
  }
  return seen;
}

async function checkInvariants(m: Model, r: Real): Promise<void> {
  const { h } = r;
  const conferences = await all(h, 'ListConference', {});
  const summaries = await all(h, 'ListConferenceSummary', {}, { CreatedAfter: '2000-01-01T00:00:00Z' });
  const bySid = new Map(summaries.map((s) => [s.conference_sid, s]));
  m.calls = [];
  for (const c of conferences) {
    // Statuses only move forward.
    const rank = CONF_RANK[c.status]!;
    expect(rank).toBeGreaterThanOrEqual(m.conferences.get(c.sid) ?? 0);
    m.conferences.set(c.sid, rank);
    const parts = await all(h, 'ListParticipant', { ConferenceSid: c.sid });
    if (c.status === 'completed') {
      expect(parts).toEqual([]);
      expect(c.reason_conference_ended).not.toBeNull();
    } else {
      expect(c.reason_conference_ended).toBeNull();
      expect(c.call_sid_ending_conference).toBeNull();
    }
    for (const p of parts) {
      const pr = PART_RANK[p.status]!;
      expect(pr).toBeGreaterThanOrEqual(m.participants.get(p.call_sid) ?? 0);
      m.participants.set(p.call_sid, pr);
      m.calls.push([c.sid, p.call_sid]);
    }
    // Insights agree with the 2010 resources.
    const s = bySid.get(c.sid);
    expect(s).toBeDefined();
    expect(s.status).toBe({ init: 'not_started', 'in-progress': 'in_progress', completed: 'completed' }[c.status as string]);
    expect(s.end_reason).toBe(c.reason_conference_ended === null ? null : c.reason_conference_ended.replaceAll('-', '_'));
    expect(s.ended_by).toBe(c.call_sid_ending_conference);
    expect(Date.parse(s.create_time)).toBe(Math.floor(Date.parse(c.date_created) / 1000) * 1000);
    expect(s.friendly_name).toBe(c.friendly_name);
    if (c.status === 'init') expect(s.start_time).toBeNull();
    if (c.status === 'in-progress') expect(s.start_time).not.toBeNull();
    const ps = await all(h, 'ListConferenceParticipantSummary', { ConferenceSid: c.sid });
    const connectedNow = parts.filter((p) => p.status === 'connected').length;
    expect(s.max_concurrent_participants).toBeGreaterThanOrEqual(connectedNow);
    for (const p of parts) expect(ps.some((x) => x.call_sid === p.call_sid)).toBe(true);
    // The default world's conferences carry tags its seed gave; the rules hold for every other one.
    if (s.tags !== null && !/^CF(.)\1{31}$/.test(c.sid)) checkTagRules(s, ps);
  }
  expect(summaries).toHaveLength(conferences.length);
  await checkCalls(m, r, conferences);
  checkInput(r);
  // SequenceNumber strictly increases per conference, in the order events happened.
  const last = new Map<string, number>();
  for (const w of h.sandbox.journal.webhooks({ type: 'conference' })) {
    expect(w.sequenceNumber!).toBeGreaterThan(last.get(w.conferenceSid!) ?? 0);
    last.set(w.conferenceSid!, w.sequenceNumber!);
  }
  expectWebhooksValid(h.sandbox);
}

/**
 * Each tag appears if and only if its rule holds over what the summaries show (the rules written out
 * again here, independently of engine/quality.ts), and the umbrellas and counts follow from the members.
 */
function checkTagRules(s: any, ps: any[]): void {
  const joined = ps.filter((p) => p.metrics !== null);
  const blocks = joined.flatMap((p) => [p.metrics.inbound, p.metrics.outbound]);
  const identities = joined.map((p) => (p.call_direction === 'inbound' ? p.from : p.to));
  const mixer = s.mixer_region ?? 'us1';
  // Metrics agree with the participant's time in the conference: 50 packets a second (its times are to the
  // second, so within a second's packets), and the loss percentage is what was lost of them.
  for (const p of joined.filter((x) => x.leave_time !== null)) {
    const seconds = (Date.parse(p.leave_time) - Date.parse(p.join_time)) / 1000;
    for (const b of [p.metrics.inbound, p.metrics.outbound]) {
      const total = b.total_packets_received + b.total_packets_lost;
      expect(Math.abs(total - 50 * seconds), p.participant_sid).toBeLessThanOrEqual(50);
      const exact = total > 0 ? (b.total_packets_lost / total) * 100 : 0;
      expect(Math.abs(b.packet_loss_percentage - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  }
  const rules: Record<string, boolean> = {
    high_latency: blocks.some((b) => b.latency.avg >= 150),
    high_jitter: blocks.some((b) => b.jitter.avg >= 5 && b.jitter.max >= 20),
    high_packet_loss: blocks.some((b) => b.packet_loss_percentage >= 5),
    low_mos: blocks.some((b) => b.mos <= 3.5),
    detected_silence: blocks.some((b) => b.tags?.includes('silent')),
    duplicate_identity: new Set(identities).size < identities.length,
    start_failure: s.start_time === null,
    no_concurrent_participants: s.max_concurrent_participants <= 1,
    // The model never requests a region.
    invalid_requested_region: false,
    region_configuration_issues: joined.some((p) => p.participant_region !== mixer),
  };
  const categories: Record<string, string[]> = {
    call_quality: ['high_latency', 'high_jitter', 'high_packet_loss', 'low_mos'],
    participant_behavior: ['detected_silence', 'duplicate_identity', 'start_failure', 'no_concurrent_participants'],
    region_configuration: ['invalid_requested_region', 'region_configuration_issues'],
  };
  const umbrella: Record<string, string> = { call_quality: 'quality_warnings', participant_behavior: 'participant_behavior_issues' };
  for (const [tag, holds] of Object.entries(rules)) expect(s.tags.includes(tag), `${tag} on ${s.conference_sid}`).toBe(holds);
  for (const [category, members] of Object.entries(categories)) {
    const any = members.some((t) => rules[t]);
    expect(s.detected_issues[category] > 0, category).toBe(any);
    if (umbrella[category]) expect(s.tags.includes(umbrella[category]), umbrella[category]).toBe(any);
  }
  expect(s.tag_info?.duplicate_identity !== undefined).toBe(rules.duplicate_identity);
  expect(s.tag_info?.start_failure !== undefined).toBe(rules.start_failure);
}

const FINAL = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
const PLACING: Record<string, string[]> = { queued: ['queued'], connecting: ['queued'], ringing: ['ringing'], connected: ['in-progress'] };

/** Calls: one final status each, in at most one conference, agreeing with their participants. */
async function checkCalls(m: Model, r: Real, conferences: any[]): Promise<void> {
  const { h } = r;
  const calls = await all(h, 'ListCall', {});
  const bySid = new Map(calls.map((c) => [c.sid as string, c]));
  m.allCalls = [...bySid.keys()];
  for (const c of calls) {
    const story = h.sandbox.calls.timeline(c.sid) ?? [];
    const ended = story.filter((e) => e.kind === 'ended');
    // Calls from a seed come without a timeline; every call made here has one from its start.
    const told = story.length > 0;
    if (FINAL.has(c.status)) {
      expect(m.finals.get(c.sid) ?? c.status).toBe(c.status);
      m.finals.set(c.sid, c.status);
      if (told) expect(ended.map((e) => e.status)).toEqual([c.status]);
      expect(c.end_time).not.toBeNull();
    } else {
      expect(m.finals.has(c.sid)).toBe(false);
      expect(ended).toEqual([]);
      expect(c.end_time).toBeNull();
    }
  }
  const memberships = new Map<string, number>();
  for (const conf of conferences) {
    if (conf.status === 'completed') continue;
    for (const p of await all(h, 'ListParticipant', { ConferenceSid: conf.sid })) {
      memberships.set(p.call_sid, (memberships.get(p.call_sid) ?? 0) + 1);
      const call = bySid.get(p.call_sid);
      expect(call, `participant ${p.call_sid} has a call`).toBeDefined();
      expect(PLACING[p.status]).toContain(call.status);
    }
  }
  for (const count of memberships.values()) expect(count).toBe(1);
  // Per call: progress SequenceNumbers increase, and one final progress event at most.
  const seq = new Map<string, number>();
  const finalsSent = new Map<string, number>();
  for (const w of h.sandbox.journal.webhooks({ type: 'call-progress' })) {
    expect(w.sequenceNumber!).toBeGreaterThan(seq.get(w.callSid!) ?? -1);
    seq.set(w.callSid!, w.sequenceNumber!);
    if (FINAL.has(w.event)) finalsSent.set(w.callSid!, (finalsSent.get(w.callSid!) ?? 0) + 1);
  }
  for (const n of finalsSent.values()) expect(n).toBe(1);
}

/**
 * Incoming calls ring before they are answered and carry their number; keys and speech are heard only by
 * an answered call; every <Gather> ends at most once; every Gather action carries the keys or the speech.
 */
function checkInput(r: Real): void {
  const { h } = r;
  const snapshot = h.sandbox.exportSnapshot() as unknown as { numbers: Array<{ sid: string; phoneNumber: string }>; calls: Array<{ sid: string; direction: string; to: string; phoneNumberSid: string | null }> };
  const numberSids = new Map(snapshot.numbers.map((n) => [n.phoneNumber, n.sid]));
  for (const call of snapshot.calls) {
    const story = h.sandbox.calls.timeline(call.sid)!;
    // Calls from a seed come without a timeline; every call made here has one from its start.
    if (story.length === 0) continue;
    const sid = call.sid;
    if (call.direction === 'inbound') {
      expect(story[0]).toMatchObject({ kind: 'status', status: 'ringing' });
      expect(call.phoneNumberSid).toBe(numberSids.get(call.to));
      const voice = h.sandbox.journal.webhooks({ type: 'voice', callSid: sid });
      if (voice.length > 0) expect(voice[0]!.event).toBe('ringing');
    }
    const answeredAt = story.findIndex((e) => e.kind === 'status' && e.status === 'in-progress');
    story.forEach((e, i) => {
      if (e.kind === 'input') expect(answeredAt >= 0 && i > answeredAt, `${sid} heard input before it was answered`).toBe(true);
    });
    const gathers = story.filter((e) => e.kind === 'verb' && e.verb === 'Gather').length;
    expect(story.filter((e) => e.kind === 'gathered').length).toBeLessThanOrEqual(gathers);
  }
  for (const w of h.sandbox.journal.webhooks({ type: 'gather-action' })) {
    const form = Object.fromEntries(w.params);
    expect('Digits' in form !== 'SpeechResult' in form, JSON.stringify(form)).toBe(true);
  }
}

const pick = <T,>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

const addCmd = 
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      to: fc.constantFrom(...TO),
      scoe: fc.boolean(),
      ecoe: fc.boolean(),
      muted: fc.boolean(),
      label: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    })
    .map(
      (o): Cmd => ({
        check: () => true,
        async run(_m, r) {
          const body: Record<string, string | string[]> = {
            From: '+15555550100',
            To: o.to,
            StartConferenceOnEnter: String(o.scoe),
            EndConferenceOnExit: String(o.ecoe),
            Muted: String(o.muted),
            Timeout: '5',
            ConferenceStatusCallback: HOOK,
            ConferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave', 'mute', 'hold', 'modify', 'speaker', 'announcement'],
            StatusCallback: HOOK,
            StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
            ConferenceRecord: 'record-from-start',
            ConferenceRecordingStatusCallback: HOOK,
            ConferenceRecordingStatusCallbackEvent: ['in-progress', 'completed'],
          };
          if (o.label) body.Label = o.label;
          const res = await r.h.call('CreateParticipant', { ConferenceSid: o.name }, { body });
          expect([201, 400]).toContain(res.status);
          if (res.status === 400) expect([16025, 20001]).toContain(res.body.code);
        },
        toString: () => `add(${JSON.stringify(o)})`,
      }),
    );

const advanceCmd = fc.integer({ min: 0, max: 8000 }).map(
    (ms): Cmd => ({
      check: () => true,
      async run(_m, r) {
        r.h.sandbox.clock.advance(ms);
        await r.h.sandbox.settled();
      },
      toString: () => `advance(${ms})`,
    }),
  );

const PROGRESS = { StatusCallback: HOOK, StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] };
const conferenceTwiml = (name: string, extra = '') =>
  `<Dial${extra}><Conference statusCallback="${HOOK}" statusCallbackEvent="start end join leave">${name}</Conference></Dial>`;
const TWIML: Record<string, (name: string) => string> = {
  dial: (name) => `<Response>${conferenceTwiml(name)}<Say>after</Say></Response>`,
  'say-dial': (name) => `<Response><Say>Please hold</Say>${conferenceTwiml(name, ' timeLimit="6"')}</Response>`,
  // The action answers 204 with no TwiML (12300): the call ends as an application error.
  'dial-action': (name) => `<Response>${conferenceTwiml(name, ` action="${HOOK}"`)}</Response>`,
  hangup: () => '<Response><Pause length="2"/><Hangup/></Response>',
  menu: () => `<Response><Gather action="${APP}/choice" numDigits="1" timeout="2"><Say>Press 1</Say></Gather><Say>Nothing pressed</Say></Response>`,
};

const createCallCmd = fc
  .record({ name: fc.constantFrom(...NAMES), to: fc.constantFrom(...TO), twiml: fc.constantFrom(...Object.keys(TWIML)) })
  .map(
    (o): Cmd => ({
      check: () => true,
      async run(_m, r) {
        const res = await r.h.call('CreateCall', {}, { body: { From: '+15555550100', To: o.to, Timeout: '5', Twiml: TWIML[o.twiml]!(o.name), ...PROGRESS } });
        expect(res.status).toBe(201);
        await r.h.sandbox.settled();
      },
      toString: () => `createCall(${JSON.stringify(o)})`,
    }),
  );

const updateCallCmd = fc.tuple(fc.nat(), fc.constantFrom('completed', 'canceled', 'redirect', 'redirect-menu', 'hangUp', 'star')).map(
  ([i, action]): Cmd => ({
    check: (m) => m.allCalls.length > 0,
    async run(m, r) {
      const sid = pick(m.allCalls, i)!;
      const { h } = r;
      if (action === 'hangUp') h.sandbox.events.hangUp({ callSid: sid });
      else if (action === 'star') h.sandbox.events.pressKeys({ callSid: sid, digits: '*' });
      else {
        const body =
          action === 'redirect' ? { Twiml: TWIML.dial!(NAMES[i % NAMES.length]!) } : action === 'redirect-menu' ? { Url: `${APP}/ivr` } : { Status: action };
        const res = await h.call('UpdateCall', { Sid: sid }, { body });
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) expect(res.body.code).toBe(21220);
      }
      await h.sandbox.settled();
    },
    toString: () => `call-${action}(#${i})`,
  }),
);

const inboundCmd = fc.record({ to: fc.constantFrom(IVR_NUMBER, IVR_NUMBER, SILENT_NUMBER, UNKNOWN_NUMBER), from: fc.constantFrom('+15558675310', 'anonymous') }).map(
  (o): Cmd => ({
    check: () => true,
    async run(_m, r) {
      const res = await control(r.h, 'CreateSandboxCall', { body: { from: o.from, to: o.to, callerName: 'JOHN SMITH' } });
      expect(res.status).toBe(o.to === UNKNOWN_NUMBER ? 404 : 201);
      // A number without a voice URL has nothing to run: the call is over before the answer.
      if (res.status === 201) expect(res.body).toMatchObject({ status: o.to === SILENT_NUMBER ? 'completed' : 'ringing', direction: 'inbound', to: o.to });
      await r.h.sandbox.settled();
    },
    toString: () => `callIn(${JSON.stringify(o)})`,
  }),
);

/** Keys or speech on any call: heard (200), nothing listening or not answered yet (409), or no live call (404). */
const inputCmd = fc.tuple(fc.nat(), fc.constantFrom('1', '2', '3', '*', '12#', '#', 'sales', 'support')).map(
  ([i, input]): Cmd => ({
    check: (m) => m.allCalls.length > 0,
    async run(m, r) {
      const sid = pick(m.allCalls, i)!;
      const speech = /^[a-z]+$/.test(input);
      const res = speech
        ? await control(r.h, 'CreateSandboxCallUtterance', { pathParams: { CallSid: sid }, body: { text: input, confidence: 0.5 } })
        : await control(r.h, 'CreateSandboxCallDigits', { pathParams: { CallSid: sid }, body: { digits: input } });
      expect([200, 404, 409]).toContain(res.status);
      await r.h.sandbox.settled();
    },
    toString: () => `input(#${i}, ${input})`,
  }),
);

const commands = [
  inboundCmd,
  inboundCmd,
  inputCmd,
  inputCmd,
  createCallCmd,
  createCallCmd,
  updateCallCmd,
  addCmd,
  addCmd,
  addCmd,
  advanceCmd,
  advanceCmd,
  fc.tuple(fc.nat(), fc.constantFrom('hangUp', 'kick', 'mute', 'unmute', 'hold', 'speak', 'announce', 'coach')).map(
    ([i, action]): Cmd => ({
      check: (m) => m.calls.length > 0,
      async run(m, r) {
        const target = pick(m.calls, i);
        if (!target) return;
        const [cf, ca] = target;
        const { h } = r;
        switch (action) {
          case 'hangUp':
            h.sandbox.events.hangUp({ callSid: ca });
            break;
          case 'kick': {
            const res = await h.call('DeleteParticipant', { ConferenceSid: cf, CallSid: ca });
            expect([204, 404]).toContain(res.status);
            break;
          }
          case 'speak':
            h.sandbox.events.speak({ callSid: ca, speaking: i % 2 === 0 });
            break;
          case 'announce':
            await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: ca }, { body: { AnnounceUrl: 'https://example.com/x.mp3' } });
            break;
          case 'coach': {
            const other = pick(m.calls.filter(([c, x]) => c === cf && x !== ca), i);
            if (other) await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: ca }, { body: { Coaching: 'true', CallSidToCoach: other[1] } });
            break;
          }
          default: {
            const body = action === 'hold' ? { Hold: String(i % 2 === 0) } : { Muted: String(action === 'mute') };
            await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: ca }, { body });
          }
        }
      },
      toString: () => `${action}(#${i})`,
    }),
  ),
  fc.record({
    i: fc.nat(),
    profile: fc.option(fc.constantFrom('good', 'choppy', 'lossy', 'slow', 'silent'), { nil: undefined }),
    direction: fc.constantFrom('inbound', 'outbound', 'both'),
    jitterMs: fc.option(fc.constantFrom(0, 4.99, 5, 19.99, 20, 40), { nil: undefined }),
    packetLossPercent: fc.option(fc.constantFrom(0, 4.9, 5, 9, 30), { nil: undefined }),
    latencyMs: fc.option(fc.constantFrom(0, 149.9, 150, 400), { nil: undefined }),
    durationMs: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
  }).map(
    ({ i, ...change }): Cmd => ({
      check: (m) => m.calls.length > 0,
      async run(m, r) {
        const target = pick(m.calls, i);
        if (!target) return;
        const body = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
        const res = await handleControl(r.h.sandbox, 'CreateSandboxCallQuality', { pathParams: { CallSid: target[1] }, body });
        expect([200, 404]).toContain(res.status);
      },
      toString: () => `quality(#${i}, ${JSON.stringify(change)})`,
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom('end', 'announce')).map(
    ([i, action]): Cmd => ({
      check: (m) => m.conferences.size > 0,
      async run(m, r) {
        const sid = pick([...m.conferences.keys()], i)!;
        const body = action === 'end' ? { Status: 'completed' } : { AnnounceUrl: 'https://example.com/a.mp3' };
        const res = await r.h.call('UpdateConference', { Sid: sid }, { body });
        expect([200, 400]).toContain(res.status);
      },
      toString: () => `conference-${action}(#${i})`,
    }),
  ),
  // Lists: any filter, any page size; the pages concatenated equal the full filtered list.
  fc
    .record({
      pageSize: fc.integer({ min: 1, max: 4 }),
      status: fc.option(fc.constantFrom('init', 'in-progress', 'completed'), { nil: undefined }),
      name: fc.option(fc.constantFrom(...NAMES, 'daily-standup'), { nil: undefined }),
      created: fc.option(fc.constantFrom('DateCreated', 'DateCreated<', 'DateCreated>', 'DateUpdated>'), { nil: undefined }),
      insights: fc.boolean(),
    })
    .map(
      (o): Cmd => ({
        check: () => true,
        async run(_m, r) {
          const { h } = r;
          const query: Record<string, string> = {};
          if (o.insights) {
            if (o.status) query.Status = { init: 'not_started', 'in-progress': 'in_progress', completed: 'completed' }[o.status];
            if (o.name) query.FriendlyName = o.name;
            if (o.created) query.CreatedAfter = new Date(h.sandbox.clock.now() - 3_600_000).toISOString();
            const full = await all(h, 'ListConferenceSummary', {}, query);
            const paged = await walk(h, 'ListConferenceSummary', {}, query, o.pageSize);
            expect(paged.map((c) => c.conference_sid)).toEqual(full.map((c) => c.conference_sid));
            expect(new Set(paged.map((c) => c.conference_sid)).size).toBe(paged.length);
            for (const c of full) {
              if (query.Status) expect(c.status).toBe(query.Status);
              if (o.name) expect(c.friendly_name).toBe(o.name);
              if (query.CreatedAfter) expect(Date.parse(c.create_time)).toBeGreaterThan(Date.parse(query.CreatedAfter) - 1000);
            }
            return;
          }
          const day = new Date(h.sandbox.clock.now()).toISOString().slice(0, 10);
          if (o.status) query.Status = o.status;
          if (o.name) query.FriendlyName = o.name;
          if (o.created) query[o.created] = day;
          const full = await all(h, 'ListConference', {}, query);
          const paged = await walk(h, 'ListConference', {}, query, o.pageSize);
          expect(paged.map((c) => c.sid)).toEqual(full.map((c) => c.sid));
          expect(new Set(paged.map((c) => c.sid)).size).toBe(paged.length);
          const dayStart = Date.parse(`${day}T00:00:00Z`);
          for (const c of full) {
            if (o.status) expect(c.status).toBe(o.status);
            if (o.name) expect(c.friendly_name).toBe(o.name);
            const created = Date.parse(c.date_created);
            const updated = Date.parse(c.date_updated);
            if (o.created === 'DateCreated') expect(created >= dayStart && created < dayStart + 86_400_000).toBe(true);
            if (o.created === 'DateCreated<') expect(created).toBeLessThan(dayStart + 86_400_000);
            if (o.created === 'DateCreated>') expect(created).toBeGreaterThanOrEqual(dayStart);
            if (o.created === 'DateUpdated>') expect(updated).toBeGreaterThanOrEqual(dayStart);
          }
          // Participants and participant summaries page the same way.
          for (const c of full.slice(0, 2)) {
            const fullParts = await all(h, 'ListParticipant', { ConferenceSid: c.sid });
            const pagedParts = await walk(h, 'ListParticipant', { ConferenceSid: c.sid }, {}, o.pageSize);
            expect(pagedParts.map((p) => p.call_sid)).toEqual(fullParts.map((p) => p.call_sid));
            const muted = await all(h, 'ListParticipant', { ConferenceSid: c.sid }, { Muted: 'true' });
            expect(muted.every((p) => p.muted)).toBe(true);
            const fullSumm = await all(h, 'ListConferenceParticipantSummary', { ConferenceSid: c.sid });
            const pagedSumm = await walk(h, 'ListConferenceParticipantSummary', { ConferenceSid: c.sid }, {}, o.pageSize);
            expect(pagedSumm.map((p) => p.participant_sid)).toEqual(fullSumm.map((p) => p.participant_sid));
          }
        },
        toString: () => `list(${JSON.stringify(o)})`,
      }),
    ),
];

describe('model-based: random operation sequences keep every invariant', () => {
  it('holds for random sequences (bounded in runs and time)', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: '+1' }), fc.boolean(), async (cmds, seeded) => {
        // Insights finish processing within a step or two, so the tag rules are checked on most runs.
        const h = ivrSandbox(seeded);
        for (const [number, voice] of [[IVR_NUMBER, { VoiceUrl: `${APP}/ivr`, StatusCallback: HOOK, VoiceCallerIdLookup: 'true' }], [SILENT_NUMBER, {}]] as const) {
          expect((await h.call('CreateIncomingPhoneNumber', {}, { body: { PhoneNumber: number, ...voice } })).status).toBe(201);
        }
        const model: Model = { conferences: new Map(), participants: new Map(), calls: [], allCalls: [], finals: new Map() };
        await checkInvariants(model, { h });
        await fc.asyncModelRun(
          () => ({ model, real: { h } }),
          [...cmds].map((c) => ({
            check: c.check.bind(c),
            run: async (m: Model, r: Real) => {
              await c.run(m, r);
              await checkInvariants(m, r);
            },
            toString: c.toString.bind(c),
          })),
        );
        await h.sandbox.journal.settled();
        created.splice(0).forEach((s) => s.dispose());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100), interruptAfterTimeLimit: 12_000, markInterruptAsFailure: false, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
    // The run stops starting new cases after 12 s; one case in flight may add a little on a loaded machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

void ACCOUNT;
