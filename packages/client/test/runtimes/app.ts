/**
 * What every runtime in the matrix runs (runtimes.test.ts bundles it with esbuild into one ESM file per
 * runtime, from the built package): one fetch, one paginated list and one signature check, against the
 * mock at `input.baseUrl`, and one TwiML document built (and three values refused). It returns what it
 * saw; the test decides whether that is right.
 */
import { createConferenceClient } from '../../dist/index.js';
import { conference, dial, gather, response, say } from '../../dist/twiml/index.js';
import { verifyTwilioSignature } from '../../dist/webhooks/index.js';

export interface RuntimeInput {
  baseUrl: string;
  accountSid: string;
  conferenceSid: string;
  /** A status callback signed by the test (node:crypto, not this package) under `authToken`. */
  webhook: { url: string; params: Record<string, string>; signature: string; authToken: string };
}

export interface RuntimeResult {
  fetchedSid: string | undefined;
  fetchedStatus: string | undefined;
  listed: string[];
  /** Every URL the client asked for while listing: the first page and each next link it followed. */
  listRequests: string[];
  signatureValid: boolean;
  /** The same callback with one field changed after signing: must be refused. */
  forgedValid: boolean;
  /** A Gather menu, then a Dial to a conference, with values that need escaping. */
  twiml: string;
  /** What the builder refused: a lone surrogate, a javascript: URL, a number out of range. */
  twimlRefused: string[];
}

function buildTwiml(): Pick<RuntimeResult, 'twiml' | 'twimlRefused'> {
  const twiml = response(
    gather({ action: '/menu?lang=en&x=1', numDigits: 1, input: ['dtmf', 'speech'] }, say({ voice: 'Polly.Joanna' }, 'Press 1 for "sales" & <support>')),
    dial({ action: '/after' }, conference({ startConferenceOnEnter: false, waitUrl: '', participantLabel: 'café 😀' }, 'support-42')),
  );
  const twimlRefused = [() => say('\uD800'), () => dial({ action: 'javascript:alert(1)' }, conference('r')), () => conference({ maxParticipants: 251 }, 'r')].map((call) => {
    try {
      call();
      return 'not refused';
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  });
  return { twiml, twimlRefused };
}

export async function run(input: RuntimeInput): Promise<RuntimeResult> {
  const listRequests: string[] = [];
  let listing = false;
  const twilio = createConferenceClient({
    accountSid: input.accountSid,
    authToken: 'runtime-matrix-token',
    baseUrl: input.baseUrl,
    retry: false,
    fetch: (request, init) => {
      if (listing) listRequests.push(request instanceof Request ? request.url : String(request));
      return globalThis.fetch(request, init);
    },
  });
  const AccountSid = input.accountSid;

  const { data: fetched, error } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
    params: { path: { AccountSid, Sid: input.conferenceSid } },
  });
  if (error) throw error;

  listing = true;
  const listed: string[] = [];
  for await (const c of twilio.api.paginate('/2010-04-01/Accounts/{AccountSid}/Conferences.json', { params: { path: { AccountSid } } })) {
    listed.push(c.sid);
  }
  listing = false;

  const { url, params, signature, authToken } = input.webhook;
  const signatureValid = await verifyTwilioSignature({ url, params, signature, authToken });
  const forged = { ...params, StatusCallbackEvent: 'conference-end' };
  const forgedValid = await verifyTwilioSignature({ url, params: forged, signature, authToken });

  return { fetchedSid: fetched?.sid, fetchedStatus: fetched?.status, listed, listRequests, signatureValid, forgedValid, ...buildTwiml() };
}
