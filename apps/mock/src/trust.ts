/**
 * Who may talk to the mock and who may drive the sandbox. Three checks, each failing closed:
 *
 * - a bind address others can reach needs a control secret that is not the printed default, and strict
 *   accounts (`bindRefusal`);
 * - a request whose `Host` or `Origin` names a site other than this mock is refused, so a web page the
 *   developer visits cannot reach the mock through the browser, by DNS rebinding or cross-site
 *   (`createRequestGate`);
 * - the control surface takes one credential, compared in constant time (`createControlCredential`).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { DEFAULT_ACCOUNT_SID } from '@conference-kit/sandbox';
import { memoize } from './memo.js';
import { MockHttpError, TwilioErrorCode } from './twilio-errors.js';

/** The control token when none is set: the default account's Auth Token, which the docs print. */
export const DEFAULT_CONTROL_TOKEN = 'token';

/**
 * A host name as URLs compare it: lower case, IPv4 in dotted decimal, IPv6 compressed in brackets, no
 * trailing dot; `undefined` for anything that is not a bare host (a port, path, user or space in it).
 */
function canonicalHostname(name: string): string | undefined {
  const bare = isIP(name) === 6 ? `[${name}]` : name;
  if (!/^[^\s/?#@\\:]+\.?$|^\[[0-9A-Fa-f:.]+\]$/.test(bare)) return undefined;
  try {
    return new URL(`http://${bare}`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** The host name of a `Host` header value (`name[:port]`), canonical; `undefined` when it is not one. */
function hostnameOfHostHeader(value: string): string | undefined {
  if (!/^[^\s/?#@\\]+$/.test(value)) return undefined;
  try {
    const url = new URL(`http://${value}`);
    return url.hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

const LOOPBACK_V6 = /^\[(?:::1|::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})\]$/;

function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || (isIP(hostname) === 4 && hostname.startsWith('127.')) || LOOPBACK_V6.test(hostname);
}

/** 127.0.0.0/8, ::1 (also as ::ffff:127.x.x.x) or localhost, written any way a URL accepts. */
export function isLoopbackHost(name: string): boolean {
  const hostname = canonicalHostname(name);
  return hostname !== undefined && isLoopbackHostname(hostname);
}

/**
 * Why the sandbox must not listen on `host`, in one line, or `undefined` when it may. Loopback is always
 * fine; anything else can be reached by others, who must not be able to take the control surface with
 * the printed default token nor create accounts by naming them.
 */
export function bindRefusal(host: string, settings: { controlToken: string; strictAccounts: boolean }): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  const missing = [
    ...(settings.controlToken === DEFAULT_CONTROL_TOKEN ? ['a control token other than the default (--control-token TOKEN, controlToken)'] : []),
    ...(settings.strictAccounts ? [] : ['strict accounts (--strict-accounts, strictAccounts)']),
  ];
  if (missing.length === 0) return undefined;
  return `refusing to listen on ${host}: it is not loopback, so anyone who reaches it could control the sandbox; it needs ${missing.join(' and ')}`;
}

/**
 * Checks `allowHosts` entries once, at start: a bare host name or address. A port, scheme or wildcard
 * would never match a `Host` header's name, so it is refused rather than ignored.
 */
export function checkAllowHosts(names: readonly string[]): string[] {
  return names.map((name) => {
    const hostname = canonicalHostname(name);
    if (hostname === undefined || name.includes('*')) {
      throw new TypeError(`allowed host ${JSON.stringify(name)} is not a bare host name or address (no scheme, port, path or wildcard)`);
    }
    return hostname;
  });
}

/** The addresses a wildcard bind (0.0.0.0, ::) answers on: every local interface's. */
function interfaceHostnames(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .map((address) => canonicalHostname(address.address.replace(/%.*$/, '')))
    .filter((name): name is string => name !== undefined);
}

export interface RequestGate {
  /** The refusal for a request whose `Host` or `Origin` is not this mock's, else `undefined`. */
  check(headers: Record<string, string | undefined>): MockHttpError | undefined;
}

/**
 * A request may name this mock by a loopback name, the address it is bound to (any local interface's
 * for a wildcard bind) or a name in `allowHosts`, with any port. A browser names the page's site in
 * `Origin` (and `Sec-Fetch-Site`), so a page elsewhere is refused even when it reaches a loopback address.
 * A request without `Host` (HTTP/1.0) comes from no browser and is let through.
 */
export function createRequestGate(boundHost: string, allowHosts: readonly string[]): RequestGate {
  const bound = canonicalHostname(boundHost);
  const wildcard = bound === '0.0.0.0' || bound === '[::]';
  const named = new Set([...checkAllowHosts(allowHosts), ...(bound && !wildcard ? [bound] : []), ...(wildcard ? interfaceHostnames() : [])]);
  const ours = (hostname: string | undefined) => hostname !== undefined && (isLoopbackHostname(hostname) || named.has(hostname));
  // Every request names a Host, and a client names the same one each time: parsed once, not per request.
  const hostIsOurs = memoize((host: string) => ours(hostnameOfHostHeader(host)));
  const refuse = (header: string, value: string) =>
    MockHttpError.of(
      403,
      TwilioErrorCode.forbidden,
      `The ${header} header ${JSON.stringify(value.slice(0, 100))} does not name this mock: it answers requests for loopback names, its own address and --allow-host names only`,
    );

  return {
    check(headers) {
      const host = headers.host;
      if (host !== undefined && !hostIsOurs(host)) return refuse('Host', host);
      const origin = headers.origin;
      if (origin !== undefined) {
        let hostname: string | undefined;
        try {
          const url = new URL(origin);
          hostname = url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.replace(/\.$/, '') : undefined;
        } catch {
          hostname = undefined;
        }
        if (!ours(hostname)) return refuse('Origin', origin);
      } else if (headers['sec-fetch-site']?.trim().toLowerCase() === 'cross-site') {
        return refuse('Sec-Fetch-Site', 'cross-site');
      }
      return undefined;
    },
  };
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * The control surface's credential: the default Account SID with the control token. Both sides are
 * hashed first, so the comparison takes the same time whatever was sent and however long it is.
 */
export function createControlCredential(controlToken: string): (credentials: { username: string; password: string }) => boolean {
  const expected = digest(`${DEFAULT_ACCOUNT_SID}:${controlToken}`);
  return ({ username, password }) => timingSafeEqual(digest(`${username}:${password}`), expected);
}
