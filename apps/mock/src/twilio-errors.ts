/**
 * Twilio's error dialect. Every error the mock answers has this body, because Twilio's helper libraries
 * build their exceptions from exactly these four properties.
 */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

/**
 * Twilio's documented codes where one exists (20003, 20403, 20404, 20429, 20500); 20001 is what Twilio answers
 * for an invalid parameter and is used for every request the mock rejects as malformed, 20004 for a
 * method the resource does not have.
 */
export const TwilioErrorCode = {
  invalidParameter: 20001,
  authentication: 20003,
  methodNotAllowed: 20004,
  forbidden: 20403,
  notFound: 20404,
  tooManyRequests: 20429,
  internal: 20500,
} as const;

export function twilioError(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** A rejection decided before or instead of Prism's answer, carried to the one place that writes it. */
export class MockHttpError extends Error {
  constructor(
    readonly body: TwilioErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'MockHttpError';
  }

  static of(status: number, code: number, message: string, headers?: Record<string, string>): MockHttpError {
    return new MockHttpError(twilioError(status, code, message), headers);
  }
}
