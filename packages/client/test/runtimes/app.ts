/**
 * What every runtime in the matrix runs (runtimes.test.ts bundles it with esbuild into one ESM file per
 * runtime, from the built package): one fetch, one paginated list and one signature check, against the
 * mock at `input.baseUrl`. It returns what it saw; the test decides whether that is right.
 */
import { createConferenceClient } from '../../dist/index.js';
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

  const { data: conference, error } = await twilio.api.GET('/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json', {
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

  return { fetchedSid: conference?.sid, fetchedStatus: conference?.status, listed, listRequests, signatureValid, forgedValid };
}
