// The sandbox inspector: reads the control API (sandbox-v1) and its event stream, nothing else.
// Every value from the sandbox is written with textContent, never as HTML: payloads and receivers'
// answers are whatever a test's app sent.
// Typed loosely: each id names an element of index.html whose kind the code knows.
/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
const LIST_LIMIT = 200;
const JOURNAL_LIMIT = 2000;
const PROBLEMS = new Set(['failed', 'timeout', 'error', 'blocked', 'dropped']);
const STATES = ['ringing', 'connected', 'muted', 'hold', 'coaching', 'speaking'];

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'onclick') el.addEventListener('click', value);
    else if (name === 'text') el.textContent = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false && child !== '') el.append(child);
  return el;
}

// Times: the sandbox's (virtual) time first, the host's wall time beside it when there is one.
const hms = (iso) => (iso ? String(iso).slice(11, 23) : '');
function when(iso, wall) {
  const at = h('time', { datetime: iso, title: iso }, hms(iso));
  if (!wall) return at;
  const wallIso = new Date(wall).toISOString();
  return h('span', {}, at, h('span', { class: 'sub', title: `wall clock ${wallIso}` }, `wall ${new Date(wall).toLocaleTimeString()}`));
}

async function api(path, init) {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(body?.message ?? `${response.status} ${response.statusText}`);
  return body;
}

function say(message) {
  $('live').textContent = message;
}
function failed(what) {
  return (error) => say(`${what} failed: ${error.message}`);
}

/** Runs `task` at most once per `ms`, and once more after the last call: bursts of events refresh once. */
function throttle(task, ms) {
  let timer;
  let again = false;
  return () => {
    if (timer) {
      again = true;
      return;
    }
    task();
    timer = setTimeout(() => {
      timer = undefined;
      if (again) {
        again = false;
        task();
      }
    }, ms);
  };
}

// ---- the clock ----
let clock;
function showClock(next) {
  clock = next;
  $('clock-state').textContent = next.frozen ? 'Frozen' : 'Running';
  $('clock-now').replaceChildren(h('time', { datetime: next.now, id: 'clock-time' }, next.now.replace('T', ' ').replace('Z', ' UTC')),
    h('span', { class: 'sub' }, `wall ${new Date().toLocaleTimeString()}`));
  $('clock-toggle').textContent = next.frozen ? 'Run' : 'Freeze';
}
const updateClock = (change) => api('/__sandbox/clock', { method: 'POST', body: JSON.stringify(change) }).then(showClock);
$('clock-toggle').addEventListener('click', () => updateClock({ frozen: !clock?.frozen }).catch(failed('Clock update')));
$('advance').addEventListener('click', () => {
  const advanceMs = Number($('step').value);
  updateClock({ advanceMs })
    .then(() => say(`Advanced ${advanceMs / 1000} s`))
    .catch(failed('Advance'));
});
function disarmReset() {
  $('reset').dataset.armed = '';
  $('reset').textContent = 'Reset…';
}
// Reset takes two presses in a row, so a stray Enter cannot wipe the world.
$('reset').addEventListener('blur', disarmReset);
$('reset').addEventListener('click', () => {
  const button = $('reset');
  if (button.dataset.armed !== 'yes') {
    button.dataset.armed = 'yes';
    button.textContent = 'Confirm reset';
    return;
  }
  disarmReset();
  api('/__sandbox/reset', { method: 'POST' }).then(() => {
    say('Reset');
    resetView();
  }).catch(failed('Reset'));
});

// ---- the world: accounts, numbers, conferences, calls ----
let world = { accounts: [], numbers: [], conferences: [], calls: [] };
const selection = { conference: undefined, call: undefined };

const matches = (filter, ...values) => !filter || values.some((v) => v != null && String(v).toLowerCase().includes(filter));
function fillTable(id, rows, columns) {
  const filter = $('filter').value.trim().toLowerCase();
  const shown = rows.filter((row) => matches(filter, ...columns.keys(row)));
  const body = $(id).tBodies[0];
  body.replaceChildren(...shown.slice(0, LIST_LIMIT).map((row) => h('tr', {}, columns.cells(row).map((cell) => h('td', {}, cell)))));
  const note = shown.length > LIST_LIMIT ? `${LIST_LIMIT} of ${shown.length} shown: narrow the filter` : shown.length === 0 ? 'none' : '';
  if (note) body.append(h('tr', {}, h('td', { colspan: columns.width, class: 'more' }, note)));
}

function renderWorld() {
  fillTable('conferences', [...world.conferences].reverse(), {
    width: 5,
    keys: (c) => [c.sid, c.friendlyName, c.status, c.reasonConferenceEnded, c.accountSid],
    cells: (c) => [
      h('button', { type: 'button', class: 'link', onclick: () => chooseConference(c.sid) }, c.friendlyName ?? c.sid),
      [c.status, c.reasonConferenceEnded && h('span', { class: 'sub' }, c.reasonConferenceEnded)],
      when(c.startTime),
      when(c.endTime),
      String(c.participants?.length ?? 0),
    ],
  });
  fillTable('calls', [...world.calls].reverse(), {
    width: 4,
    keys: (c) => [c.sid, c.from, c.to, c.status, c.direction],
    cells: (c) => [h('button', { type: 'button', class: 'link', onclick: () => chooseCall(c.sid) }, c.sid), `${c.from} → ${c.to}`, c.status, c.direction],
  });
  fillTable('numbers', world.numbers, {
    width: 3,
    keys: (n) => [n.phoneNumber, n.friendlyName, n.accountSid, n.voiceUrl],
    cells: (n) => [n.phoneNumber, n.accountSid, n.voiceUrl ?? '—'],
  });
  // Only SIDs and names: the snapshot also carries Auth Tokens, which a shared screen must not show.
  fillTable('accounts', world.accounts, {
    width: 3,
    keys: (a) => [a.sid, a.friendlyName],
    cells: (a) => [a.sid, a.friendlyName ?? '', a.ownerAccountSid && a.ownerAccountSid !== a.sid ? a.ownerAccountSid : '—'],
  });
}
$('filter').addEventListener('input', renderWorld);

async function loadWorld() {
  const snapshot = await api('/__sandbox/snapshot');
  world = { accounts: snapshot.accounts ?? [], numbers: snapshot.numbers ?? [], conferences: snapshot.conferences ?? [], calls: snapshot.calls ?? [] };
  renderWorld();
}

// ---- a conference's timeline: one bar per leg over virtual time ----
const ms = (iso) => (iso ? Date.parse(iso) : NaN);
function span(from, to, start, end) {
  const width = Math.max(end - start, 1);
  return { left: ((from - start) / width) * 100, width: ((to - from) / width) * 100 };
}
function segmentItem(kind, from, to, range, label) {
  const { left, width } = span(ms(from), to ? ms(to) : range.end, range.start, range.end);
  const text = `${label}: ${hms(from)} – ${to ? hms(to) : 'now'}`;
  const item = h('li', { class: `seg seg-${kind}`, title: text }, h('span', { class: 'vh' }, text));
  // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline styles.
  item.style.left = `${Math.max(0, left)}%`;
  item.style.width = `${Math.max(0, Math.min(width, 100 - left))}%`;
  return item;
}

/** A recording's stretches of recording, its pauses left out. */
function recordedStretches(recording) {
  const stretches = [];
  let from = recording.start;
  for (const pause of recording.pauses) {
    stretches.push({ ...recording, start: from, end: pause.start });
    from = pause.end;
  }
  if (from) stretches.push({ ...recording, start: from, end: recording.end });
  return stretches;
}

function renderConference(t) {
  const start = ms(t.createdAt);
  const range = { start, end: Math.max(ms(t.endedAt ?? t.now), start + 1000) };
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' },
    [...STATES, 'announcement', 'recording'].map((state) => h('li', {}, h('span', { class: `seg-${state}` }), state)));
  const legs = t.legs.map((leg) =>
    h('li', { class: 'leg', 'data-call': leg.callSid },
      h('div', {},
        h('button', { type: 'button', class: 'link', onclick: () => chooseCall(leg.callSid) }, leg.label ?? leg.callSid),
        h('span', { class: 'sub' }, `${leg.from} → ${leg.to} · ${leg.status}`),
        leg.leftAt && h('span', { class: 'sub' }, `left ${hms(leg.leftAt)}: ${leg.leaveReason}`)),
      h('ul', { class: 'track', 'aria-label': `${leg.label ?? leg.callSid} over time` },
        leg.segments.map((s) => segmentItem(s.state, s.start, s.end, range, s.state)))));
  const extras = [
    ['announcement', t.announcements, (a) => `announcement ${a.url}${a.callSid ? ` to ${a.callSid}` : ''} (${a.outcome}${a.failure ? `: ${a.failure}` : ''})`],
    ['recording', t.recordings.flatMap(recordedStretches), (r) => `recording ${r.recordingSid} (${r.status})`],
  ].filter(([, items]) => items.length > 0).map(([kind, items, label]) =>
    h('li', { class: 'leg' }, h('div', {}, `${kind}s`),
      h('ul', { class: 'track', 'aria-label': `${kind}s over time` },
        items.map((item) => segmentItem(kind, item.start ?? t.createdAt, item.end, range, label(item))))));
  // A live redraw must not take the keyboard's place away: the focused leg's button gets it back.
  const focusedLeg = document.activeElement?.closest('#conference-body [data-call]')?.getAttribute('data-call');
  $('conference-body').replaceChildren(
    h('p', {}, h('strong', {}, t.friendlyName ?? t.conferenceSid), ` ${t.conferenceSid} · ${t.status}`),
    h('p', { id: 'conference-span' }, 'Created ', when(t.createdAt), t.startedAt ? ['; started ', when(t.startedAt)] : '; not started',
      t.endedAt ? ['; ended ', when(t.endedAt), ` (${t.endReason}${t.callSidEndingConference ? `, by ${t.callSidEndingConference}` : ''})`] : '; live'),
    legend,
    h('div', { class: 'axis', 'aria-hidden': 'true' }, h('span', {}, hms(t.createdAt)), h('span', {}, hms(new Date(range.end).toISOString()))),
    h('ul', { class: 'legs', id: 'legs' }, legs, extras),
  );
  if (focusedLeg) $('legs').querySelector(`[data-call="${focusedLeg}"] button`)?.focus();
}

async function refreshConference() {
  if (!selection.conference) return;
  renderConference(await api(`/__sandbox/conferences/${selection.conference}/timeline`));
}
function chooseConference(sid) {
  selection.conference = sid;
  // Focus follows the choice, so a keyboard user lands on what was opened.
  refreshConference().then(() => $('conference-h').focus()).catch(failed('Conference timeline'));
}

// ---- a call's timeline: what the caller heard, what it pressed, what went wrong ----
function describeStep(e) {
  switch (e.kind) {
    case 'fetched': return `fetched ${e.method ?? ''} ${e.url ?? ''} (${e.reason ?? ''})${e.code ? ` — error ${e.code}` : ''}`;
    case 'said': return `said “${e.text}”${e.loop > 1 ? ` ×${e.loop}` : ''}`;
    case 'played': return `played ${e.url ?? e.text ?? ''}${e.reason ? ` (${e.reason})` : ''}`;
    case 'input': return `caller ${e.reason === 'speech' ? 'said' : 'pressed'} ${e.text}`;
    case 'gathered': return `<Gather> ended (${e.reason}): ${e.text ?? 'nothing'}`;
    case 'joined': return `joined ${e.friendlyName ?? e.conferenceSid}`;
    case 'left': return `left ${e.friendlyName ?? e.conferenceSid ?? 'the conference'} (${e.reason ?? ''})`;
    case 'alert': return `alert ${e.code}: ${e.message}`;
    case 'ended': return `ended ${e.status ?? ''} (${e.reason ?? ''})`;
    case 'status': return `status ${e.status}`;
    case 'verb': return `<${e.verb}>`;
    default: return [e.kind, e.reason, e.text].filter(Boolean).join(' ');
  }
}
async function refreshCall() {
  if (!selection.call) return;
  const timeline = await api(`/__sandbox/calls/${selection.call}/timeline`);
  $('call-body').replaceChildren(
    h('p', {}, h('strong', {}, timeline.callSid)),
    h('ol', { class: 'steps' }, timeline.entries.map((e) =>
      h('li', { class: e.kind === 'alert' || e.code ? 'alert' : undefined }, when(e.at), describeStep(e), e.durationMs ? h('span', { class: 'sub' }, `${e.durationMs} ms`) : null))),
  );
}
function chooseCall(sid) {
  selection.call = sid;
  refreshCall().then(() => $('call-h').focus()).catch(failed('Call timeline'));
}

// ---- the journal ----
const entries = new Map();
let shownEntry;
const isProblem = (e) => (e.kind === 'webhook' && PROBLEMS.has(e.outcome)) || e.kind === 'alert' || (e.kind === 'request' && e.status >= 400);

function entryWhat(e) {
  if (e.kind === 'request') return [e.operationId, h('span', { class: 'sub' }, e.accountSid ?? '')];
  if (e.kind === 'webhook') return [`${e.type} ${e.event}`, h('span', { class: 'sub' }, `${e.method} ${e.url}`)];
  if (e.kind === 'alert') return [`alert ${e.code} (${e.level})`, h('span', { class: 'sub' }, e.message)];
  return [`warning ${e.operationId}`, h('span', { class: 'sub' }, e.message)];
}
function entryRow(e) {
  const outcome = e.kind === 'webhook' ? e.outcome : e.kind === 'request' ? (e.status < 400 ? 'answered' : 'error') : e.kind;
  const status = e.kind === 'webhook' ? (e.responseStatus ?? e.error ?? '—') : e.kind === 'request' ? `${e.status}${e.errorCode ? ` / ${e.errorCode}` : ''}` : e.code ?? '';
  const row = h('tr', { 'data-id': e.id, class: [isProblem(e) && 'bad', shownEntry === e.id && 'selected'].filter(Boolean).join(' ') || undefined },
    h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showEntry(e.id), 'aria-label': `Entry ${e.id}: details` }, String(e.id))),
    h('td', {}, when(e.at, e.wallAt)),
    h('td', {}, entryWhat(e)),
    h('td', { class: 'outcome' }, isProblem(e) && e.kind === 'webhook' ? `⚠ ${outcome}` : outcome,
      typeof e.signatureValid === 'boolean' && h('span', { class: 'sub' }, e.signatureValid ? 'signature ✓' : 'signature ✗ invalid')),
    h('td', {}, String(status)),
    h('td', {}, e.durationMs == null ? '' : String(e.durationMs)));
  return row;
}
const visible = (e) => (!$('only-problems').checked || isProblem(e)) && !($('hide-requests').checked && e.kind === 'request');

function renderJournal() {
  const shown = [...entries.values()].filter(visible).slice(-JOURNAL_LIMIT).reverse();
  $('entries').tBodies[0].replaceChildren(...shown.map(entryRow));
}
$('only-problems').addEventListener('change', renderJournal);
$('hide-requests').addEventListener('change', renderJournal);

/** One entry in or updated (a pending delivery settles under the same id): only its row changes. */
function upsert(entry) {
  entries.set(entry.id, entry);
  const body = $('entries').tBodies[0];
  if (entries.size > JOURNAL_LIMIT) {
    const oldest = entries.keys().next().value;
    entries.delete(oldest);
    body.querySelector(`tr[data-id="${oldest}"]`)?.remove();
  }
  const old = body.querySelector(`tr[data-id="${entry.id}"]`);
  if (!visible(entry)) old?.remove();
  else if (old) old.replaceWith(entryRow(entry));
  else body.prepend(entryRow(entry));
  if (shownEntry === entry.id) showEntry(entry.id, false);
}

function pairs(list) {
  return h('table', { class: 'pairs' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'))),
    h('tbody', {}, list.map(([name, value]) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, value)))));
}
function definitions(list) {
  return h('dl', {}, list.filter(([, value]) => value !== undefined && value !== null && value !== '').flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]));
}
function signatureText(e) {
  if (e.signature == null) return 'none (not sent)';
  const valid = e.signatureValid;
  if (typeof valid !== 'boolean') return e.signature;
  return h('span', {}, e.signature, ' ', h('span', { class: valid ? 'valid' : 'invalid' }, valid ? '✓ valid for the account’s Auth Token' : '✗ not valid for the account’s current Auth Token'));
}
function showEntry(id, focus = true) {
  const e = entries.get(id);
  if (!e) return;
  shownEntry = id;
  for (const row of $('entries').querySelectorAll('tr.selected')) row.classList.remove('selected');
  $('entries').querySelector(`tr[data-id="${id}"]`)?.classList.add('selected');
  const common = [['Kind', e.kind], ['Time', when(e.at, e.wallAt)], ['Account', e.accountSid]];
  let parts;
  if (e.kind === 'webhook') {
    parts = [
      definitions([...common, ['Event', `${e.type} ${e.event}`], ['Sent to', `${e.method} ${e.url}`], ['Conference', e.conferenceSid],
        ['Call', e.callSid], ['Sequence', e.sequenceNumber], ['Outcome', e.outcome], ['Error', e.error],
        ['Duration', e.durationMs == null ? null : `${e.durationMs} ms`], ['Signature', signatureText(e)]]),
      h('h4', {}, 'Payload'), pairs(e.params ?? []),
      h('h4', {}, 'Receiver’s answer'),
      e.responseStatus == null ? h('p', {}, 'No answer.') : definitions([['Receiver status', e.responseStatus], ['Content type', e.responseContentType]]),
      e.responseBody ? h('pre', {}, e.responseBody + (e.responseBodyTruncated ? '\n… (cut)' : '')) : null,
    ];
  } else if (e.kind === 'request') {
    parts = [definitions([...common, ['Operation', e.operationId], ['Status', e.status], ['Error code', e.errorCode]]),
      h('h4', {}, 'Path'), pairs(Object.entries(e.pathParams ?? {})),
      h('h4', {}, 'Query'), pairs(wirePairs(e.query)), h('h4', {}, 'Body'), pairs(wirePairs(e.body))];
  } else {
    parts = [definitions([...common, ['Code', e.code], ['Level', e.level], ['Message', e.message], ['Call', e.callSid], ['Document', e.url], ['Fields', e.fields?.join(', ')]])];
  }
  $('delivery-h').textContent = `Entry ${id}`;
  $('delivery-body').replaceChildren(...parts.filter(Boolean));
  $('delivery').hidden = false;
  if (focus) $('delivery-h').focus();
}
function wirePairs(values) {
  return Object.entries(values ?? {}).flatMap(([name, value]) => [value].flat().map((v) => [name, String(v)]));
}

// ---- live: the control API's event stream ----
const refreshWorld = throttle(() => loadWorld().catch(failed('Snapshot')), 500);
const refreshSelected = throttle(() => {
  refreshConference().catch(failed('Conference timeline'));
  refreshCall().catch(failed('Call timeline'));
}, 500);

/**
 * Where to read the journal from so nothing is missed: after the newest entry known, or before the
 * oldest delivery still pending, whose settling the stream may have told before it was open.
 */
function catchUpFrom() {
  let from = 0;
  for (const [id, entry] of entries) {
    if (entry.outcome === 'pending') return id - 1;
    from = Math.max(from, id);
  }
  return from;
}
async function catchUp() {
  const { entries: list } = await api(`/__sandbox/journal?AfterId=${catchUpFrom()}`);
  for (const entry of list) upsert(entry);
}

function resetView(journalCleared = true) {
  if (journalCleared) {
    entries.clear();
    shownEntry = undefined;
    $('delivery').hidden = true;
  }
  selection.conference = selection.call = undefined;
  // A live redraw must not take the keyboard's place away: the focused leg's button gets it back.
  const focusedLeg = document.activeElement?.closest('#conference-body [data-call]')?.getAttribute('data-call');
  $('conference-body').replaceChildren(h('p', {}, 'Choose a conference above.'));
  $('call-body').replaceChildren(h('p', {}, 'Choose a call above, or a leg of a conference.'));
  renderJournal();
  refreshWorld();
  api('/__sandbox/clock').then(showClock).catch(failed('Clock'));
}

function listen() {
  const stream = new EventSource('/__sandbox/events');
  stream.addEventListener('open', () => {
    say('Live');
    // Entries recorded between the first listing and the stream's start would be missed otherwise.
    catchUp().catch(failed('Journal'));
  });
  stream.addEventListener('journal', (event) => {
    upsert(JSON.parse(event.data));
    refreshWorld();
    refreshSelected();
  });
  stream.addEventListener('clock', (event) => {
    showClock(JSON.parse(event.data));
    refreshSelected();
  });
  // A reset also clears the journal; a seed or snapshot replaces the world and keeps it.
  stream.addEventListener('reset', (event) => resetView(JSON.parse(event.data).cause === 'reset'));
  stream.addEventListener('error', () => {
    // EventSource retries a dropped connection by itself, but gives up on an answer that is not a
    // stream (a 429 when too many tabs are open): then a fresh one is opened a little later.
    if (stream.readyState !== EventSource.CLOSED) return say('Reconnecting…');
    say('Disconnected; retrying in 5 s…');
    setTimeout(listen, 5000);
  });
}

Promise.all([api('/__sandbox/clock').then(showClock), loadWorld(), catchUp().then(renderJournal)])
  .then(listen)
  .catch(failed('Loading'));
