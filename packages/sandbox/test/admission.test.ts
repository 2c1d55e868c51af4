/**
 * MaxParticipants counts the participants active now: a seat freed by a leg that left, or by one that
 * never answered, takes a new participant, and the limit holds again after it, also in a world restored
 * from a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { add, makeSandbox } from './helpers.js';

const extra = (h: ReturnType<typeof makeSandbox>, cf: string, To = '+15555550102') =>
  h.call('CreateParticipant', { ConferenceSid: cf }, { body: { From: '+15555550100', To } });

describe('MaxParticipants', () => {
  it('admits into a seat freed by a leg that left or failed, and is full again after it', async () => {
    const h = makeSandbox();
    const a = await add(h, 'room', { MaxParticipants: '3' });
    const cf = a.conference_sid as string;
    await add(h, cf);
    // A busy line: its participant fails once the call is placed, and frees its seat.
    const busy = await extra(h, cf, '+15005550010');
    expect(busy.status).toBe(201);
    expect((await extra(h, cf)).status).toBe(400);
    h.sandbox.clock.advance(60_000);
    expect((await extra(h, cf)).status).toBe(201);
    expect((await extra(h, cf)).body).toMatchObject({ status: 400, message: expect.stringMatching(/is full/) });
    expect((await h.call('DeleteParticipant', { ConferenceSid: cf, CallSid: a.call_sid })).status).toBe(204);
    expect((await extra(h, cf)).status).toBe(201);
    expect((await extra(h, cf)).status).toBe(400);

    // The same conference restored from a snapshot is as full as it was.
    const restored = makeSandbox();
    restored.sandbox.importSnapshot(h.sandbox.exportSnapshot());
    expect((await extra(restored, cf)).status).toBe(400);
  });
});
