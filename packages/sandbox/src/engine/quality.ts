/**
 * Call quality, the part of Insights only the network causes: the line conditions a test sets on a call
 * over sandbox time (`POST /__sandbox/calls/{CallSid}/quality`), the participant `metrics` they give over
 * the participant's time in its conference, the E-model MOS (ITU-T G.107) for G.711, and the rules that
 * turn what happened into a conference's `tags`, `detected_issues` and `tag_info`, all in one table
 * (`TAG_RULES`) so that the spec's description, the code and the tests name the same thresholds.
 *
 * Decisions where Twilio documents nothing (facts: shared/reference/insights-quality.md):
 * - `inbound` is what the mixer receives from the participant, `outbound` what the mixer sends to it.
 * - Packets are counted at 50 a second (20 ms G.711 frames) for the whole time the participant is
 *   connected, muted and held included: Twilio mutes at the mixer and plays hold music, so RTP flows.
 * - A participant that never spoke (no speech-start event) has `inbound.tags: ["silent"]`, as does a
 *   direction whose line was `silent` for the whole time.
 * - `detected_issues` counts issue instances: one per participant per participant rule it breaks, one
 *   per conference rule (one per shared identity for `duplicate_identity`).
 */
import type { Call, Conference, Participant } from '../store.js';
import { badRequest } from '../util.js';

export const QUALITY_DIRECTIONS = ['inbound', 'outbound'] as const;
export type QualityDirection = (typeof QUALITY_DIRECTIONS)[number];

export interface LineCondition {
  jitterMs: number;
  packetLossPercent: number;
  latencyMs: number;
  /** No audio at all in this direction (no RTP, or only silence). */
  silent: boolean;
}

/** A condition applied to one direction of a call from `at`, until `until` (null = until changed). */
export interface QualityChange extends LineCondition {
  at: number;
  until: number | null;
  direction: QualityDirection;
}

/** A clean line: what every call has until a test says otherwise. */
export const CLEAN_LINE: Readonly<LineCondition> = { jitterMs: 1, packetLossPercent: 0, latencyMs: 20, silent: false };

/** Named conditions for convenience; documented in specs/sandbox-v1 (CreateSandboxCallQuality). */
export const QUALITY_PROFILES: Readonly<Record<string, Readonly<LineCondition>>> = {
  good: CLEAN_LINE,
  choppy: { jitterMs: 30, packetLossPercent: 3, latencyMs: 40, silent: false },
  lossy: { jitterMs: 4, packetLossPercent: 12, latencyMs: 40, silent: false },
  slow: { jitterMs: 2, packetLossPercent: 0, latencyMs: 250, silent: false },
  silent: { ...CLEAN_LINE, silent: true },
};

/** How many condition changes one call keeps; beyond it the control operation is refused. */
export const MAX_QUALITY_CHANGES = 1000;

export const PACKETS_PER_SECOND = 50;

/** The condition of one direction at `t`: the latest change still in effect, else a clean line. */
export function conditionAt(changes: readonly QualityChange[], direction: QualityDirection, t: number): LineCondition {
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    if (c.direction === direction && c.at <= t && (c.until === null || t < c.until)) return c;
  }
  return CLEAN_LINE;
}

export interface QualityRequest {
  direction?: QualityDirection | 'both';
  profile?: string;
  jitterMs?: number;
  packetLossPercent?: number;
  latencyMs?: number;
  durationMs?: number;
}

/** The bounds of each number a quality request may carry. */
const QUALITY_BOUNDS: Record<'jitterMs' | 'packetLossPercent' | 'latencyMs' | 'durationMs', [number, number]> = {
  jitterMs: [0, 10_000],
  packetLossPercent: [0, 100],
  latencyMs: [0, 10_000],
  durationMs: [1, 31 * 86_400_000],
};

const QUALITY_FIELDS = new Set(['direction', 'profile', 'jitterMs', 'packetLossPercent', 'latencyMs', 'durationMs']);

/** What is wrong with a quality request, or null: checked whole before anything changes. */
export function qualityProblem(req: QualityRequest): string | null {
  const unknown = Object.keys(req).find((k) => !QUALITY_FIELDS.has(k));
  if (unknown !== undefined) return `'${unknown.slice(0, 64)}' is not a field of a quality change (${[...QUALITY_FIELDS].join(', ')})`;
  if (req.direction !== undefined && !['inbound', 'outbound', 'both'].includes(req.direction)) {
    return `'direction' must be one of inbound, outbound, both`;
  }
  if (req.profile !== undefined && !Object.hasOwn(QUALITY_PROFILES, req.profile)) {
    return `'profile' must be one of ${Object.keys(QUALITY_PROFILES).join(', ')}`;
  }
  for (const [name, [min, max]] of Object.entries(QUALITY_BOUNDS)) {
    const v = (req as Record<string, unknown>)[name];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max)) {
      return `'${name}' must be a number from ${min} to ${max}`;
    }
  }
  return null;
}

/**
 * Applies a (checked) request to a call from `now`: the profile, then the numbers given, over the
 * condition each direction has now. Answers the conditions now in effect.
 */
export function applyQuality(call: Call, req: QualityRequest, now: number): Record<QualityDirection, LineCondition> {
  const changes = (call.quality ??= []);
  if (changes.length + 2 > MAX_QUALITY_CHANGES) throw badRequest(`Call ${call.sid} already has ${changes.length} quality changes; at most ${MAX_QUALITY_CHANGES}`);
  const directions: QualityDirection[] = req.direction === undefined || req.direction === 'both' ? [...QUALITY_DIRECTIONS] : [req.direction];
  const until = req.durationMs === undefined ? null : now + req.durationMs;
  for (const direction of directions) {
    const base = req.profile !== undefined ? QUALITY_PROFILES[req.profile]! : conditionAt(changes, direction, now);
    changes.push({
      at: now,
      until,
      direction,
      jitterMs: req.jitterMs ?? base.jitterMs,
      packetLossPercent: req.packetLossPercent ?? base.packetLossPercent,
      latencyMs: req.latencyMs ?? base.latencyMs,
      silent: base.silent,
    });
  }
  return { inbound: strip(conditionAt(changes, 'inbound', now)), outbound: strip(conditionAt(changes, 'outbound', now)) };
}

const strip = ({ jitterMs, packetLossPercent, latencyMs, silent }: LineCondition): LineCondition => ({ jitterMs, packetLossPercent, latencyMs, silent });

// ---------------------------------------------------------------------------------------------------------
// The E-model (ITU-T G.107) for G.711 with packet-loss concealment

/** G.113 Appendix I: G.711 has no equipment impairment; with PLC its robustness to random loss is 25.1. */
const G711 = { ie: 0, bpl: 25.1 };
/** G.107's default R with every other parameter at its default value (Ro − Is). */
const R_DEFAULT = 93.2;

/**
 * The transmission rating R for a one-way delay and a random packet loss. The delay impairment is the
 * widely used simplification of G.107's Idd (Cole & Rosenbluth): 0.024·d + 0.11·(d − 177.3) past 177.3 ms.
 */
export function rFactor(delayMs: number, packetLossPercent: number): number {
  const id = 0.024 * delayMs + (delayMs > 177.3 ? 0.11 * (delayMs - 177.3) : 0);
  const ieEff = G711.ie + ((95 - G711.ie) * packetLossPercent) / (packetLossPercent + G711.bpl);
  return R_DEFAULT - id - ieEff;
}

/**
 * G.107 Annex B: R to MOS (1 to 4.5). The polynomial dips below 1 for R under about 6.5 (0.99 at R = 3),
 * while the scale, and Insights' `mos`, start at 1: clamped there.
 */
export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return Math.max(1, 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6);
}

/**
 * The MOS of a line condition. Jitter enters as delay: a jitter buffer holds about twice the jitter,
 * which the listener hears as latency.
 */
export function mosOf(c: LineCondition): number {
  return mosFromR(rFactor(c.latencyMs + 2 * c.jitterMs, c.packetLossPercent));
}

// ---------------------------------------------------------------------------------------------------------
// Participant metrics

// Type aliases, not interfaces: the generated wire types allow more keys, which only aliases satisfy.
export type MetricStats = {
  avg: number;
  max: number;
};

export type DirectionMetrics = {
  total_packets_received: number;
  total_packets_lost: number;
  packet_loss_percentage: number;
  jitter: MetricStats;
  latency: MetricStats;
  mos: number;
  tags?: ['silent'];
};

export type ParticipantMetrics = Partial<Record<QualityDirection, DirectionMetrics>>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The stretches of [from, to) (from < to) over which one direction's condition stays the same: [ms, condition]. */
function stretches(changes: readonly QualityChange[], direction: QualityDirection, from: number, to: number): Array<[number, LineCondition]> {
  const cuts = new Set([from, to]);
  for (const c of changes) {
    if (c.direction !== direction) continue;
    if (c.at > from && c.at < to) cuts.add(c.at);
    if (c.until !== null && c.until > from && c.until < to) cuts.add(c.until);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, i) => [end - sorted[i]!, conditionAt(changes, direction, sorted[i]!)]);
}

function directionMetrics(changes: readonly QualityChange[], direction: QualityDirection, from: number, to: number, spoke: boolean): DirectionMetrics {
  const packets = (ms: number) => (ms / 1000) * PACKETS_PER_SECOND;
  // One that left the instant it joined sent no packets; its averages are the line's at that instant.
  const parts = to > from ? stretches(changes, direction, from, to) : [[0, conditionAt(changes, direction, from)] as [number, LineCondition]];
  const weight = parts.reduce((sum, [ms]) => sum + ms, 0);
  const mean = (f: (c: LineCondition) => number) =>
    weight === 0 ? f(parts[0]![1]) : parts.reduce((sum, [ms, c]) => sum + ms * f(c), 0) / weight;
  const total = Math.round(packets(to - from));
  const lost = Math.min(total, Math.round(parts.reduce((sum, [ms, c]) => sum + packets(ms) * (c.packetLossPercent / 100), 0)));
  const silent = parts.every(([, c]) => c.silent) || (direction === 'inbound' && !spoke);
  return {
    total_packets_received: total - lost,
    total_packets_lost: lost,
    packet_loss_percentage: total > 0 ? round2((lost / total) * 100) : 0,
    jitter: { avg: round2(mean((c) => c.jitterMs)), max: round2(Math.max(...parts.map(([, c]) => c.jitterMs))) },
    latency: { avg: round2(mean((c) => c.latencyMs)), max: round2(Math.max(...parts.map(([, c]) => c.latencyMs))) },
    mos: round2(mean(mosOf)),
    ...(silent ? { tags: ['silent'] as ['silent'] } : {}),
  };
}

/**
 * A participant's metrics over its time in the conference (join to leave, or to `now` while it is
 * there), or null for one that never joined. `only` keeps the directions asked for.
 */
export function participantMetrics(p: Participant, call: Call, now: number, only?: readonly QualityDirection[]): ParticipantMetrics | null {
  if (p.joinTime === null) return null;
  const to = Math.max(p.joinTime, p.leaveTime ?? now);
  const changes = call.quality ?? [];
  const out: ParticipantMetrics = {};
  for (const d of QUALITY_DIRECTIONS) {
    if (!only || only.includes(d)) out[d] = directionMetrics(changes, d, p.joinTime, to, p.spoke === true);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Tags, detected issues and tag_info

export const ISSUE_CATEGORIES = ['call_quality', 'participant_behavior', 'region_configuration'] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

/** The umbrella tag of each category: present exactly when the category's count is above zero. */
export const UMBRELLA_TAGS: Readonly<Record<IssueCategory, string>> = {
  call_quality: 'quality_warnings',
  participant_behavior: 'participant_behavior_issues',
  region_configuration: 'region_configuration_issues',
};

/** The regions Twilio mixes conferences in (facts §1.1); `us2` takes participants only. */
export const MIXER_REGIONS: ReadonlySet<string> = new Set(['us1', 'au1', 'br1', 'ie1', 'jp1', 'sg1', 'de1']);
/** Where Twilio mixes when the requested region is not a mixer region. */
export const DEFAULT_MIXER_REGION = 'us1';
export const mixerRegionOf = (c: Conference): string => (MIXER_REGIONS.has(c.region) ? c.region : DEFAULT_MIXER_REGION);

/** What the rules look at for one participant that joined. */
export interface ParticipantFacts {
  participant: Participant;
  identity: string;
  region: string;
  metrics: Record<QualityDirection, DirectionMetrics>;
}

export interface ConferenceFacts {
  conference: Conference;
  /** The participants that joined (had media), in the order they were added. */
  joined: ParticipantFacts[];
}

const either = (m: ParticipantFacts['metrics'], test: (d: DirectionMetrics) => boolean) => test(m.inbound) || test(m.outbound);

/** An instance of an issue: the participants involved (empty for the conference as a whole) and its tag_info entry. */
interface Issue {
  participants: Participant[];
  info?: unknown;
}

export interface TagRule {
  tag: string;
  category: IssueCategory;
  /** The rule in words, as the spec's description gives it. */
  rule: string;
  /** The instances of the issue in a completed conference. */
  issues(facts: ConferenceFacts): Issue[];
}

const perParticipant = (test: (p: ParticipantFacts, c: Conference) => boolean) => (facts: ConferenceFacts): Issue[] =>
  facts.joined.filter((p) => test(p, facts.conference)).map((p) => ({ participants: [p.participant] }));

/** Every rule, one row each. The umbrella tags follow from the categories (`UMBRELLA_TAGS`). */
export const TAG_RULES: readonly TagRule[] = [
  {
    tag: 'high_latency',
    category: 'call_quality',
    rule: 'a participant whose average latency is 150 ms or more, inbound or outbound',
    issues: perParticipant((p) => either(p.metrics, (d) => d.latency.avg >= 150)),
  },
  {
    tag: 'high_jitter',
    category: 'call_quality',
    rule: 'a participant whose jitter averages 5 ms or more and peaks at 20 ms or more, in the same direction',
    issues: perParticipant((p) => either(p.metrics, (d) => d.jitter.avg >= 5 && d.jitter.max >= 20)),
  },
  {
    tag: 'high_packet_loss',
    category: 'call_quality',
    rule: 'a participant that lost 5 % of its packets or more, inbound or outbound',
    issues: perParticipant((p) => either(p.metrics, (d) => d.packet_loss_percentage >= 5)),
  },
  {
    tag: 'low_mos',
    category: 'call_quality',
    rule: 'a participant whose MOS is 3.5 or less, inbound or outbound',
    issues: perParticipant((p) => either(p.metrics, (d) => d.mos <= 3.5)),
  },
  {
    tag: 'detected_silence',
    category: 'participant_behavior',
    rule: 'a participant silent from join to leave (it never spoke, or its line was silent)',
    issues: perParticipant((p) => either(p.metrics, (d) => d.tags !== undefined)),
  },
  {
    tag: 'duplicate_identity',
    category: 'participant_behavior',
    rule: 'two or more participants that joined with the same identity (the far end: `to` of an outbound call, `from` of an inbound one)',
    issues: (facts) => {
      const byIdentity = new Map<string, Participant[]>();
      for (const p of facts.joined) byIdentity.set(p.identity, [...(byIdentity.get(p.identity) ?? []), p.participant]);
      return [...byIdentity].filter(([, ps]) => ps.length > 1).map(([identity, ps]) => ({
        participants: ps,
        info: { participant_identity: identity, participant_sids: ps.map((p) => p.participantSid) },
      }));
    },
  },
  {
    tag: 'start_failure',
    category: 'participant_behavior',
    rule: 'the conference ended without starting; tag_info gives the reason',
    issues: ({ conference: c }) =>
      c.startTime !== null
        ? []
        : [{ participants: [], info: { reason: c.peakConcurrent <= 1 ? 'no_concurrent_participants' : 'no_participant_started_conference' } }],
  },
  {
    tag: 'no_concurrent_participants',
    category: 'participant_behavior',
    rule: 'at most one participant was ever present at once',
    issues: ({ conference: c }) => (c.peakConcurrent <= 1 ? [{ participants: [] }] : []),
  },
  {
    tag: 'invalid_requested_region',
    category: 'region_configuration',
    rule: `the requested region is not a mixer region; the conference was mixed in ${DEFAULT_MIXER_REGION}`,
    issues: ({ conference: c }) => (c.regionRequested !== null && !MIXER_REGIONS.has(c.regionRequested) ? [{ participants: [] }] : []),
  },
  {
    tag: 'region_configuration_issues',
    category: 'region_configuration',
    rule: 'a participant whose media entered Twilio in a region other than the mixer region',
    issues: perParticipant((p, c) => p.region !== mixerRegionOf(c)),
  },
];

export interface DerivedIssues {
  tags: string[];
  detectedIssues: Record<IssueCategory, number>;
  tagInfo: Record<string, unknown> | null;
}

/** The identity a participant joined with: the far end of its call. */
export const identityOf = (call: Call): string => (call.direction === 'inbound' ? call.from : call.to);

/**
 * A completed conference's tags, detected issues and tag_info, from `TAG_RULES` over what happened.
 * `callOf` resolves a participant's call; `now` bounds the metrics of a participant still there.
 */
export function deriveIssues(c: Conference, callOf: (p: Participant) => Call, now: number): DerivedIssues {
  const joined: ParticipantFacts[] = c.participants
    .filter((p) => p.joinTime !== null)
    .map((p) => {
      const call = callOf(p);
      return { participant: p, identity: identityOf(call), region: p.region ?? c.region, metrics: participantMetrics(p, call, now) as ParticipantFacts['metrics'] };
    });
  const facts: ConferenceFacts = { conference: c, joined };
  const detectedIssues: Record<IssueCategory, number> = { call_quality: 0, participant_behavior: 0, region_configuration: 0 };
  const tags = new Set<string>();
  const tagInfo: Record<string, unknown> = {};
  for (const rule of TAG_RULES) {
    const issues = rule.issues(facts);
    if (issues.length === 0) continue;
    tags.add(rule.tag);
    detectedIssues[rule.category] += issues.length;
    const info = issues.filter((i) => i.info !== undefined).map((i) => i.info);
    // duplicate_identity lists one entry per identity; start_failure is a single reason.
    if (info.length > 0) tagInfo[rule.tag] = rule.tag === 'duplicate_identity' ? info : info[0];
  }
  for (const category of ISSUE_CATEGORIES) if (detectedIssues[category] > 0) tags.add(UMBRELLA_TAGS[category]);
  return { tags: [...tags], detectedIssues, tagInfo: Object.keys(tagInfo).length > 0 ? tagInfo : null };
}
