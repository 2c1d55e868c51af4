/**
 * Insights that measure: line conditions set through the control operation, the participant metrics and
 * E-model MOS they give, each conference tag rule at its threshold (just under, just over), the list
 * filters over a world built only through the API, the `Events` and `Metrics` parameters, and timeouts.
 * Every response is validated against the specs by the harness.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN_LINE, TAG_RULES, UMBRELLA_TAGS, mosFromR, mosOf, rFactor } from '../src/engine/quality.js';
import { handleControl } from '../src/index.js';
import { type Harness, add, created, makeSandbox } from './helpers.js';

afterEach(() => {
  for (const s of created.splice(0)) s.dispose();
});

const PROCESSING_MS = 60_000;

/**
 * A conference of `n` participants with distinct numbers, all connected at the instant it returns (each
 * leg is answered 500 ms after its add); each speaks unless told not to.
 */
async function room(h: Harness, name: string, n = 2, opts: { silent?: number[]; bodies?: Array<Record<string, string>> } = {}) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(await add(h, name, { To: `+1555555${String(1000 + i)}`, ...(opts.bodies?.[i] ?? {}) }));
  h.sandbox.clock.advance(500);
  for (const [i, p] of parts.entries()) {
    if (!opts.silent?.includes(i)) expect(h.sandbox.events.speak({ callSid: p.call_sid, speaking: true }).status).toBe(200);
  }
  return { cf: parts[0].conference_sid as string, calls: parts.map((p) => p.call_sid as string) };
}

async function quality(h: Harness, callSid: string, body: Record<string, unknown>) {
  const res = await handleControl(h.sandbox, 'CreateSandboxCallQuality', { pathParams: { CallSid: callSid }, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as any;
}

/** Ends the conference `afterMs` from now and lets Insights finish processing; answers the summary. */
async function finish(h: Harness, cf: string, afterMs: number) {
  h.sandbox.clock.advance(afterMs);
  await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
  h.sandbox.clock.advance(PROCESSING_MS);
  return (await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body;
}

const participants = async (h: Harness, cf: string) =>
  (await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf })).body.participants as any[];

describe('the E-model (ITU-T G.107) for G.711', () => {
  it('gives the published R to MOS values of Annex B', () => {
    // G.107 Annex B: R 50, 60, 70, 80, 90 are MOS 2.58, 3.10, 3.60, 4.03, 4.34; the scale ends at 1 and 4.5.
    const table: Array<[number, number]> = [[50, 2.58], [60, 3.1], [70, 3.6], [80, 4.02], [90, 4.34]];
    for (const [r, mos] of table) expect(Math.abs(mosFromR(r) - mos), `R ${r}`).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(mosFromR(0)).toBe(1);
    expect(mosFromR(100)).toBe(4.5);
  });

  it('never leaves the MOS scale, where the polynomial would dip below 1 for a very bad line', () => {
    // 1 + 0.035R + R(R − 60)(100 − R)·7e-6 is 0.99 at R = 3: Insights' mos starts at 1.
    for (let r = -10; r <= 110; r += 0.25) {
      expect(mosFromR(r), `R ${r}`).toBeGreaterThanOrEqual(1);
      expect(mosFromR(r), `R ${r}`).toBeLessThanOrEqual(4.5);
    }
    expect(mosOf({ ...CLEAN_LINE, packetLossPercent: 30, latencyMs: 400, jitterMs: 60 })).toBeGreaterThanOrEqual(1);
  });

  it('has G.107 default R 93.2 (MOS 4.41) with no delay or loss, and G.113 Bpl 25.1 for G.711 with concealment', () => {
    expect(rFactor(0, 0)).toBeCloseTo(93.2, 5);
    expect(mosFromR(93.2)).toBeCloseTo(4.41, 2);
    // Ie,eff = 95 · Ppl / (Ppl + 25.1): half the 95 at Ppl = 25.1.
    expect(rFactor(0, 25.1)).toBeCloseTo(93.2 - 47.5, 5);
    // The delay term grows by 0.11 a ms more beyond 177.3 ms.
    expect(rFactor(177.3, 0) - rFactor(277.3, 0)).toBeCloseTo(100 * (0.024 + 0.11), 5);
  });
});

describe('participant metrics', () => {
  it('on a clean line: 50 packets a second each way, nothing lost, MOS 4.4, no tag', async () => {
    const h = makeSandbox();
    const { cf } = await room(h, 'clean');
    const summary = await finish(h, cf, 60_000);
    expect(summary).toMatchObject({ tags: [], detected_issues: { call_quality: 0, participant_behavior: 0, region_configuration: 0 }, tag_info: null });
    const [first] = await participants(h, cf);
    const clean = { total_packets_lost: 0, packet_loss_percentage: 0, jitter: { avg: 1, max: 1 }, latency: { avg: 20, max: 20 }, mos: 4.4 };
    expect(first.metrics).toEqual({ inbound: { ...clean, total_packets_received: 3000 }, outbound: { ...clean, total_packets_received: 3000 } });
  });

  it('counts only the participant\'s time in the conference, and weighs each condition by how long it lasted', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'bad-middle');
    h.sandbox.clock.advance(60_000);
    const changed = await quality(h, calls[0]!, { profile: 'lossy', durationMs: 120_000 });
    expect(changed.inbound).toEqual({ jitterMs: 4, packetLossPercent: 12, latencyMs: 40, silent: false });
    h.sandbox.clock.advance(120_000);
    // Two minutes later the line is clean again, without another request.
    const summary = await finish(h, cf, 60_000);
    const [bad, good] = await participants(h, cf);
    // 240 s connected: 12 000 packets, 120 s of them at 12 % loss.
    expect(bad.metrics.inbound).toMatchObject({ total_packets_lost: 720, total_packets_received: 11_280, packet_loss_percentage: 6, jitter: { avg: 2.5, max: 4 }, latency: { avg: 30, max: 40 } });
    expect(bad.metrics.inbound.mos).toBeCloseTo((mosOf(CLEAN_LINE) + mosOf({ jitterMs: 4, packetLossPercent: 12, latencyMs: 40, silent: false })) / 2, 2);
    expect(good.metrics.inbound).toMatchObject({ total_packets_lost: 0, mos: 4.4 });
    expect(summary.tags).toEqual(['high_packet_loss', 'quality_warnings']);
    expect(summary.detected_issues).toEqual({ call_quality: 1, participant_behavior: 0, region_configuration: 0 });
  });

  it('changes one direction, keeps what a request does not name, and lets a later change override', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'one-way');
    await quality(h, calls[0]!, { direction: 'outbound', latencyMs: 300 });
    const now = await quality(h, calls[0]!, { direction: 'outbound', jitterMs: 2 });
    expect(now).toEqual({ callSid: calls[0], inbound: { ...CLEAN_LINE }, outbound: { jitterMs: 2, packetLossPercent: 0, latencyMs: 300, silent: false } });
    await finish(h, cf, 60_000);
    const [first] = await participants(h, cf);
    expect(first.metrics.inbound.latency).toEqual({ avg: 20, max: 20 });
    expect(first.metrics.outbound.latency.max).toBe(300);
  });

  it('has no packets for a participant that left the instant it joined, and the line\'s values then', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'blink', 3);
    await quality(h, calls[2]!, { latencyMs: 80 });
    h.sandbox.events.hangUp({ callSid: calls[2]! });
    await finish(h, cf, 10_000);
    const blink = (await participants(h, cf))[2];
    expect(blink.metrics.inbound).toMatchObject({ total_packets_received: 0, total_packets_lost: 0, packet_loss_percentage: 0, latency: { avg: 80, max: 80 } });
  });

  it('is null for a participant that never joined', async () => {
    const h = makeSandbox();
    await add(h, 'busy', { To: '+15005550010' });
    await add(h, 'busy', { To: '+15555550999' });
    h.sandbox.clock.advance(1000);
    const list = await participants(h, (await h.call('ListConferenceSummary')).body.conferences[0].conference_sid);
    expect(list.map((p) => p.metrics === null)).toEqual([true, false]);
  });

  it('refuses a bad quality request whole with a 400 naming the field, and 404s a call that is not live', async () => {
    const h = makeSandbox();
    const { calls } = await room(h, 'bad-request');
    for (const [body, field] of [
      [{ jitterMs: -1 }, 'jitterMs'], [{ packetLossPercent: 100.5 }, 'packetLossPercent'], [{ latencyMs: 'slow' }, 'latencyMs'],
      [{ profile: 'awful' }, 'profile'], [{ direction: 'sideways' }, 'direction'], [{ durationMs: 0 }, 'durationMs'],
      [{ lossPercent: 5 }, 'lossPercent'],
    ] as const) {
      const res = await handleControl(h.sandbox, 'CreateSandboxCallQuality', { pathParams: { CallSid: calls[0]! }, body: { ...{ jitterMs: 50 }, ...body } });
      expect(res.status).toBe(400);
      expect((res.body as { message: string }).message).toContain(field);
    }
    expect((h.sandbox.exportSnapshot() as any).calls.some((c: any) => c.quality !== undefined)).toBe(false);
    h.sandbox.events.hangUp({ callSid: calls[0]! });
    expect((await handleControl(h.sandbox, 'CreateSandboxCallQuality', { pathParams: { CallSid: calls[0]! }, body: {} })).status).toBe(404);
  });
});

/** One participant on a condition for the whole call, the other clean: the conference's tags. */
async function tagsWith(condition: Record<string, unknown>, phases?: Array<[number, Record<string, unknown>]>) {
  const h = makeSandbox();
  const { cf, calls } = await room(h, 'edge');
  if (phases) {
    for (const [ms, c] of phases) {
      await quality(h, calls[0]!, c);
      h.sandbox.clock.advance(ms);
    }
  } else await quality(h, calls[0]!, condition);
  const summary = await finish(h, cf, phases ? 0 : 120_000);
  const [first] = await participants(h, cf);
  return { tags: summary.tags as string[], metrics: first.metrics, summary };
}

describe('each tag rule at its threshold', () => {
  it('high_latency: average latency 150 ms, not 149.9', async () => {
    expect((await tagsWith({ latencyMs: 149.9 })).tags).not.toContain('high_latency');
    const over = await tagsWith({ latencyMs: 150 });
    expect(over.tags).toEqual(expect.arrayContaining(['high_latency', 'quality_warnings']));
    expect(over.metrics.inbound.latency.avg).toBe(150);
  });

  it('high_jitter: needs both an average of 5 ms and a peak of 20 ms', async () => {
    expect((await tagsWith({ jitterMs: 19.9 })).tags).not.toContain('high_jitter');
    expect((await tagsWith({ jitterMs: 20 })).tags).toContain('high_jitter');
    // A 20 ms peak for 5 s in 120 s averages 4.67 ms; for 20 s, 6.67 ms.
    const under = await tagsWith({}, [[5_000, { jitterMs: 20 }], [115_000, { jitterMs: 4 }]]);
    expect(under.metrics.inbound.jitter).toEqual({ avg: 4.67, max: 20 });
    expect(under.tags).not.toContain('high_jitter');
    const over = await tagsWith({}, [[20_000, { jitterMs: 20 }], [100_000, { jitterMs: 4 }]]);
    expect(over.metrics.inbound.jitter).toEqual({ avg: 6.67, max: 20 });
    expect(over.tags).toContain('high_jitter');
  });

  it('high_packet_loss: 5 % of the packets, not 4.9 %', async () => {
    const under = await tagsWith({ packetLossPercent: 4.9 });
    expect(under.metrics.inbound.packet_loss_percentage).toBe(4.9);
    expect(under.tags).not.toContain('high_packet_loss');
    const over = await tagsWith({ packetLossPercent: 5 });
    expect(over.metrics.inbound.packet_loss_percentage).toBe(5);
    expect(over.tags).toContain('high_packet_loss');
  });

  it('low_mos: a MOS of 3.5, not 3.51', async () => {
    // The loss (on an otherwise clean line) at which the MOS first rounds to 3.5.
    let loss = 5;
    const mosAt = (p: number) => Math.round(mosOf({ ...CLEAN_LINE, packetLossPercent: p }) * 100) / 100;
    while (mosAt(loss) > 3.5) loss = Math.round((loss + 0.01) * 100) / 100;
    const under = await tagsWith({ packetLossPercent: loss - 0.01 });
    expect(under.metrics.inbound.mos).toBe(3.51);
    expect(under.tags).not.toContain('low_mos');
    const over = await tagsWith({ packetLossPercent: loss });
    expect(over.metrics.inbound.mos).toBe(3.5);
    expect(over.tags).toContain('low_mos');
  });

  it('detected_silence: a participant that never spoke, or whose line was silent from join to leave', async () => {
    const h = makeSandbox();
    const { cf } = await room(h, 'quiet', 2, { silent: [1] });
    const summary = await finish(h, cf, 60_000);
    expect(summary.tags).toEqual(['detected_silence', 'participant_behavior_issues']);
    expect(summary.detected_issues.participant_behavior).toBe(1);
    const [spoke, quiet] = await participants(h, cf);
    expect(spoke.metrics.inbound.tags).toBeUndefined();
    expect(quiet.metrics.inbound.tags).toEqual(['silent']);
    expect((await tagsWith({ profile: 'silent', direction: 'inbound' })).tags).toContain('detected_silence');
    // Silent for a while only is not silence.
    expect((await tagsWith({}, [[10_000, { profile: 'silent' }], [10_000, { profile: 'good' }]])).tags).not.toContain('detected_silence');
  });

  it('duplicate_identity: two participants that joined with one identity, listed in tag_info', async () => {
    const h = makeSandbox();
    const a = await add(h, 'dup', { To: 'client:alice' });
    const b = await add(h, 'dup', { To: 'client:alice' });
    await add(h, 'dup', { To: 'client:bob' });
    h.sandbox.clock.advance(1000);
    for (const p of [a, b]) h.sandbox.events.speak({ callSid: p.call_sid, speaking: true });
    const summary = await finish(h, a.conference_sid, 10_000);
    expect(summary.tags).toEqual(expect.arrayContaining(['duplicate_identity', 'participant_behavior_issues']));
    expect(summary.tag_info.duplicate_identity).toEqual([
      { participant_identity: 'client:alice', participant_sids: (await participants(h, a.conference_sid)).slice(0, 2).map((p) => p.participant_sid) },
    ]);
  });

  it('start_failure and no_concurrent_participants: a conference that never started, with the reason', async () => {
    const h = makeSandbox();
    const alone = await add(h, 'alone');
    h.sandbox.clock.advance(1000);
    h.sandbox.events.speak({ callSid: alone.call_sid, speaking: true });
    h.sandbox.clock.advance(30_000);
    h.sandbox.events.hangUp({ callSid: alone.call_sid });
    h.sandbox.clock.advance(PROCESSING_MS);
    const summary = (await h.call('FetchConferenceSummary', { ConferenceSid: alone.conference_sid })).body;
    expect(summary).toMatchObject({
      status: 'completed',
      start_time: null,
      tags: ['start_failure', 'no_concurrent_participants', 'participant_behavior_issues'],
      tag_info: { start_failure: { reason: 'no_concurrent_participants' } },
      detected_issues: { call_quality: 0, participant_behavior: 2, region_configuration: 0 },
    });
    // Two present, neither starting it: a start failure, but not for want of company.
    const h2 = makeSandbox();
    const { cf } = await room(h2, 'no-moderator', 2, { bodies: [{ StartConferenceOnEnter: 'false' }, { StartConferenceOnEnter: 'false' }] });
    const s2 = await finish(h2, cf, 10_000);
    expect(s2.tags).toEqual(['start_failure', 'participant_behavior_issues']);
    expect(s2.tag_info).toEqual({ start_failure: { reason: 'no_participant_started_conference' } });
  });

  it('region_configuration_issues and invalid_requested_region: media outside the mixer region, a region that cannot mix', async () => {
    const h = makeSandbox();
    const { cf } = await room(h, 'regions', 2, { bodies: [{ Region: 'ie1' }, { Region: 'de1' }] });
    const summary = await finish(h, cf, 10_000);
    expect(summary).toMatchObject({ mixer_region: 'ie1', tags: ['region_configuration_issues'], detected_issues: { region_configuration: 1 } });
    const h2 = makeSandbox();
    const { cf: cf2 } = await room(h2, 'us2', 2, { bodies: [{ Region: 'us2' }, { Region: 'us1' }] });
    const s2 = await finish(h2, cf2, 10_000);
    expect(s2).toMatchObject({ mixer_region: 'us1', mixer_region_requested: null, tags: ['invalid_requested_region', 'region_configuration_issues'] });
    const byMixer = await h2.call('ListConferenceSummary', {}, { query: { MixerRegion: 'us1', CreatedAfter: '2025-03-03T11:59:59Z' } });
    expect(byMixer.body.conferences.map((c: any) => c.conference_sid)).toEqual([cf2]);
    // The request counts once, and so does the participant whose media entered in us2 while us1 mixed.
    expect(s2.detected_issues.region_configuration).toBe(2);
  });

  it('has one row per documented tag; with the umbrellas, every value of the spec\'s enum', () => {
    const tags = new Set([...TAG_RULES.map((r) => r.tag), ...Object.values(UMBRELLA_TAGS)]);
    expect([...tags].sort()).toEqual([
      'detected_silence', 'duplicate_identity', 'high_jitter', 'high_latency', 'high_packet_loss', 'invalid_requested_region',
      'low_mos', 'no_concurrent_participants', 'participant_behavior_issues', 'quality_warnings', 'region_configuration_issues',
      'start_failure',
    ]);
  });
});

describe('the list filters over a world built through the API', () => {
  it('Tags and DetectedIssues find the conferences whose participants had those conditions', async () => {
    const h = makeSandbox();
    const names = ['clean', 'lossy', 'slow', 'choppy'];
    for (const name of names) {
      const { cf, calls } = await room(h, name);
      if (name !== 'clean') await quality(h, calls[1]!, { profile: name });
      await finish(h, cf, 90_000);
    }
    // Only what this test built, not the default world's conferences.
    const q = async (query: Record<string, string>) =>
      ((await h.call('ListConferenceSummary', {}, { query: { CreatedAfter: '2025-03-03T11:59:59Z', ...query } })).body.conferences as any[]).map((c) => c.friendly_name).sort();
    expect(await q({ Tags: 'high_packet_loss' })).toEqual(['lossy']);
    expect(await q({ Tags: 'low_mos' })).toEqual(['lossy']);
    expect(await q({ Tags: 'high_latency' })).toEqual(['slow']);
    expect(await q({ Tags: 'high_jitter' })).toEqual(['choppy']);
    expect(await q({ Tags: 'quality_warnings' })).toEqual(['choppy', 'lossy', 'slow']);
    expect(await q({ DetectedIssues: 'call_quality' })).toEqual(['choppy', 'lossy', 'slow']);
    expect(await q({ DetectedIssues: 'participant_behavior' })).toEqual([]);
    expect(await q({ Tags: 'high_packet_loss,high_latency' })).toEqual([]);
  });
});

describe('the Events and Metrics parameters', () => {
  it('Metrics keeps the directions asked for; Events the event keys; any other value is a 400 naming it', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'params');
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: calls[0]! }, { body: { Muted: 'true' } });
    await h.call('UpdateParticipant', { ConferenceSid: cf, CallSid: calls[0]! }, { body: { Hold: 'true' } });
    const psid = (await participants(h, cf))[0].participant_sid;
    const fetch = (query: Record<string, string>) => h.call('FetchConferenceParticipantSummary', { ConferenceSid: cf, ParticipantSid: psid }, { query });
    const all = (await fetch({})).body;
    expect(Object.keys(all.metrics)).toEqual(['inbound', 'outbound']);
    expect(Object.keys(all.events)).toEqual(['mute', 'hold']);
    const inbound = (await fetch({ Metrics: 'inbound' })).body;
    expect(inbound.metrics).toEqual({ inbound: all.metrics.inbound });
    expect(Object.keys((await fetch({ Metrics: 'outbound' })).body.metrics)).toEqual(['outbound']);
    expect((await fetch({ Events: 'mute' })).body.events).toEqual({ mute: all.events.mute });
    expect((await fetch({ Events: 'unmute' })).body.events).toBeNull();
    for (const [query, name] of [[{ Metrics: 'sideways' }, 'Metrics'], [{ Events: 'speaker' }, 'Events']] as const) {
      const res = await fetch(query);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(name);
    }
    const listed = await h.call('ListConferenceParticipantSummary', { ConferenceSid: cf }, { query: { Events: 'hold' } });
    expect(listed.body.participants.map((p: any) => p.participant_sid)).toEqual([psid]);
  });
});

describe('timeouts', () => {
  it('a conference not ended 24 h after its creation is summary_timeout, its summaries timeout, from that instant on', async () => {
    const h = makeSandbox();
    const { cf } = await room(h, 'forever');
    const created = Date.parse((await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body.create_time);
    h.sandbox.clock.advanceTo(created + 86_400_000 - 1);
    expect((await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body).toMatchObject({ status: 'in_progress', processing_state: 'in_progress' });
    h.sandbox.clock.advance(1);
    const timedOut = (await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body;
    expect(timedOut).toMatchObject({ status: 'summary_timeout', processing_state: 'timeout', tags: null, detected_issues: null });
    expect((await participants(h, cf)).map((p) => p.processing_state)).toEqual(['timeout', 'timeout']);
    const listed = await h.call('ListConferenceSummary', {}, { query: { Status: 'summary_timeout', CreatedAfter: '2025-03-03T11:59:59Z' } });
    expect(listed.body.conferences.map((c: any) => c.conference_sid)).toEqual([cf]);
    const inProgress = await h.call('ListConferenceSummary', {}, { query: { Status: 'in_progress', CreatedAfter: '2025-03-03T11:59:59Z' } });
    expect(inProgress.body.conferences).toEqual([]);
    // Ending it now does not bring the summary back: Twilio stopped waiting.
    await h.call('UpdateConference', { Sid: cf }, { body: { Status: 'completed' } });
    expect((await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body.status).toBe('summary_timeout');
  });

  it('a conference that ended in time completes however long ago that was', async () => {
    const h = makeSandbox();
    const { cf } = await room(h, 'done');
    await finish(h, cf, 60_000);
    h.sandbox.clock.advance(2 * 86_400_000);
    expect((await h.call('FetchConferenceSummary', { ConferenceSid: cf })).body).toMatchObject({ status: 'completed', processing_state: 'complete' });
  });
});

describe('snapshots', () => {
  it('carry the line conditions and who spoke, so the summaries read the same after import', async () => {
    const h = makeSandbox();
    const { cf, calls } = await room(h, 'saved', 2, { silent: [1] });
    await quality(h, calls[0]!, { profile: 'choppy', durationMs: 30_000 });
    const before = await finish(h, cf, 60_000);
    const beforeParts = await participants(h, cf);
    const copy = makeSandbox();
    copy.sandbox.importSnapshot(JSON.parse(JSON.stringify(h.sandbox.exportSnapshot())));
    expect((await copy.call('FetchConferenceSummary', { ConferenceSid: cf })).body).toEqual(before);
    expect(await participants(copy, cf)).toEqual(beforeParts);
  });
});
