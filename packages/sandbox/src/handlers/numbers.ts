/**
 * 2010-04-01 IncomingPhoneNumbers: an account's numbers and what an incoming call to each requests (facts F).
 * The sandbox has no number inventory, TwiML Apps, SIP trunks or fax: any E.164 number not already in the
 * sandbox can be added, and a number always answers with its voice URL.
 */
import { renderNumber } from '../render.js';
import { E164 } from '../seed.js';
import { LIMITS, type PhoneNumber, numberKey } from '../store.js';
import { type WireParams, badRequest, bool, formatNumber, method, notFound, one, text } from '../util.js';
import { type Handler, type HandlerContext, absoluteUrl, noApplication, ok, path } from './common.js';
import { page2010, pageLinks, pageSizeOf, paged, tokenOf } from './paging.js';

export const NumberError = {
  /** facts F: a fallback URL set on a number without a voice URL. */
  fallbackWithoutUrl: 21405,
  invalidNumber: 21421,
  notAvailable: 21422,
} as const;

type Settings = Pick<
  PhoneNumber,
  'friendlyName' | 'voiceUrl' | 'voiceMethod' | 'voiceFallbackUrl' | 'voiceFallbackMethod' | 'statusCallback' | 'statusCallbackMethod' | 'voiceCallerIdLookup'
>;

/** A URL setting: left as it is when absent, removed by an empty value, else an absolute http(s) URL. */
const urlSetting = (b: WireParams | undefined, name: string, current: string | null) => (one(b, name) === undefined ? current : absoluteUrl(b, name));

/**
 * The settings after a create or update, checked whole before anything is stored. What the sandbox cannot
 * run is refused rather than stored, so a number never promises calls it would not answer.
 */
function settings(b: WireParams | undefined, current: Settings): Settings {
  const application = one(b, 'VoiceApplicationSid');
  if (application) throw noApplication('VoiceApplicationSid', application);
  const trunk = one(b, 'TrunkSid');
  if (trunk) throw badRequest(`TrunkSid ${trunk} is not a trunk of this account: the sandbox has no SIP trunks`);
  if (one(b, 'VoiceReceiveMode') === 'fax') throw badRequest('VoiceReceiveMode fax is not simulated: the sandbox receives voice calls only');
  const next: Settings = {
    friendlyName: text(b, 'FriendlyName', LIMITS.numberName) ?? current.friendlyName,
    voiceUrl: urlSetting(b, 'VoiceUrl', current.voiceUrl),
    voiceMethod: method(b, 'VoiceMethod', current.voiceMethod),
    voiceFallbackUrl: urlSetting(b, 'VoiceFallbackUrl', current.voiceFallbackUrl),
    voiceFallbackMethod: method(b, 'VoiceFallbackMethod', current.voiceFallbackMethod),
    statusCallback: urlSetting(b, 'StatusCallback', current.statusCallback),
    statusCallbackMethod: method(b, 'StatusCallbackMethod', current.statusCallbackMethod),
    voiceCallerIdLookup: bool(b, 'VoiceCallerIdLookup') ?? current.voiceCallerIdLookup,
  };
  if (next.voiceFallbackUrl !== null && next.voiceUrl === null) {
    throw badRequest('VoiceFallbackUrl needs a VoiceUrl: the fallback is requested when the voice URL fails', NumberError.fallbackWithoutUrl);
  }
  return next;
}

function numberOf(ctx: HandlerContext): PhoneNumber {
  const sid = path(ctx, 'Sid');
  const n = ctx.world.numbers.get(sid);
  if (!n || n.accountSid !== ctx.account.sid) throw notFound(`The requested resource /IncomingPhoneNumbers/${sid} was not found`);
  return n;
}

export const createIncomingPhoneNumber: Handler = (ctx) => {
  const { world } = ctx;
  const b = ctx.req.body;
  const phoneNumber = one(b, 'PhoneNumber') ?? '';
  if (!E164.test(phoneNumber)) {
    throw badRequest(`PhoneNumber "${phoneNumber.slice(0, 40)}" is not a valid phone number: give it in E.164 format, like +15017122661`, NumberError.invalidNumber);
  }
  if (world.numbersByPhone.has(phoneNumber)) throw badRequest(`PhoneNumber ${phoneNumber} is not available: it is already a number in this sandbox`, NumberError.notAvailable);
  if (world.index(ctx.account.sid).numbers.items.length >= LIMITS.numbers) {
    throw badRequest(`This account has ${LIMITS.numbers} phone numbers, the most the sandbox keeps for one account; release one first`);
  }
  const chosen = settings(b, {
    friendlyName: formatNumber(phoneNumber),
    voiceUrl: null,
    voiceMethod: 'POST',
    voiceFallbackUrl: null,
    voiceFallbackMethod: 'POST',
    statusCallback: null,
    statusCallbackMethod: 'POST',
    voiceCallerIdLookup: false,
  });
  const now = world.now();
  const n: PhoneNumber = { sid: world.sids.mint('PN'), accountSid: ctx.account.sid, phoneNumber, ...chosen, dateCreated: now, dateUpdated: now };
  world.insertNumber(n);
  return ok(renderNumber(n), 201);
};

export const fetchIncomingPhoneNumber: Handler = (ctx) => ok(renderNumber(numberOf(ctx)));

export const updateIncomingPhoneNumber: Handler = (ctx) => {
  const n = numberOf(ctx);
  Object.assign(n, settings(ctx.req.body, n), { dateUpdated: ctx.world.now() });
  return ok(renderNumber(n));
};

export const deleteIncomingPhoneNumber: Handler = (ctx) => {
  ctx.world.removeNumber(numberOf(ctx));
  return { status: 204 };
};

const NUMBER_FILTERS = ['PhoneNumber', 'FriendlyName'];

/** The PhoneNumber filter: numbers that contain the pattern, `*` standing for any one digit. */
function numberPattern(pattern: string | undefined): RegExp | null {
  if (pattern === undefined) return null;
  return new RegExp(pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[0-9]'));
}

export const listIncomingPhoneNumber: Handler = (ctx) => {
  const q = ctx.req.query;
  const pattern = numberPattern(text(q, 'PhoneNumber', LIMITS.name));
  const name = text(q, 'FriendlyName', LIMITS.numberName);
  const result = paged({
    items: ctx.world.index(ctx.account.sid).numbers.items,
    keyOf: numberKey,
    sidPrefix: 'PN',
    order: 'asc',
    pageSize: pageSizeOf(q),
    token: tokenOf(q),
    matches: (n) => (pattern === null || pattern.test(n.phoneNumber)) && (name === undefined || n.friendlyName === name),
  });
  const links = pageLinks(`/2010-04-01/Accounts/${ctx.account.sid}/IncomingPhoneNumbers.json`, q, NUMBER_FILTERS, result, numberKey);
  return ok(page2010('incoming_phone_numbers', result.items.map(renderNumber), links));
};
