/** A list's page links repeat its filters, encoded, in the documented order, then PageSize, Page and PageToken. */
import { describe, expect, it } from 'vitest';
import { add, makeSandbox } from './helpers.js';

describe('page links', () => {
  it('carry the filters as sent, in the documented order, on every link', async () => {
    const h = makeSandbox();
    const name = 'a&b=c d/é';
    for (let i = 0; i < 3; i++) {
      const p = await add(h, name);
      h.sandbox.clock.advance(1000);
      expect((await h.call('UpdateConference', { Sid: p.conference_sid }, { body: { Status: 'completed' } })).status).toBe(200);
    }
    const base = '/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences.json';
    const filters = 'DateCreated%3E=2025-03-01&FriendlyName=a%26b%3Dc%20d%2F%C3%A9&Status=completed';
    const query = { Status: 'completed', 'DateCreated>': '2025-03-01', FriendlyName: name, PageSize: '2' };
    const first = (await h.call('ListConference', {}, { query })).body;
    expect(first.conferences).toHaveLength(2);
    expect(first.first_page_uri).toBe(`${base}?${filters}&PageSize=2&Page=0`);
    expect(first.uri).toBe(`${base}?${filters}&PageSize=2&Page=0`);
    expect(first.previous_page_uri).toBeNull();
    expect(first.next_page_uri).toMatch(new RegExp(`^${escape(`${base}?${filters}&PageSize=2&Page=1&PageToken=`)}PA[A-Za-z0-9_%-]+$`));
    const token = new URL(first.next_page_uri, 'http://x').searchParams.get('PageToken')!;
    const second = (await h.call('ListConference', {}, { query: { ...query, Page: '1', PageToken: token } })).body;
    expect(second.conferences).toHaveLength(1);
    expect(second.uri).toBe(`${base}?${filters}&PageSize=2&Page=1&PageToken=${encodeURIComponent(token)}`);
    expect(second.next_page_uri).toBeNull();
    expect(second.previous_page_uri).toMatch(new RegExp(`^${escape(`${base}?${filters}&PageSize=2&Page=0&PageToken=`)}PB[A-Za-z0-9_%-]+$`));
    // Without filters the links start at PageSize.
    const plain = (await h.call('ListConference', {}, { query: { PageSize: '50' } })).body;
    expect(plain.first_page_uri).toBe(`${base}?PageSize=50&Page=0`);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
