/** Long strings sent from the content script in parts (src/uploads.ts): both ends, and what is refused. */
import { describe, expect, it } from 'vitest';
import { BadMessage } from '../../../src/message-guards';
import { PART_CHARS, sendInParts, Uploads, type UploadPart } from '../../../src/uploads';

// A text of whole parts and a bit: every character distinct enough that a part out of place shows.
const long = Array.from({ length: 3 * PART_CHARS + 123 }, (_, i) => String.fromCharCode(0x4e00 + (i % 5000))).join('');

async function sent(text: string, upload = 'u1') {
  const parts: UploadPart[] = [];
  const ref = await sendInParts(text, upload, async (p) => void parts.push(p));
  return { parts, ref };
}

describe('sending a long string in parts', () => {
  it('sends a short string whole, and nothing ahead', async () => {
    const { parts, ref } = await sent('“We will rebuild,” said Maria Okafor.');
    expect(parts).toEqual([]);
    expect(ref).toBe('“We will rebuild,” said Maria Okafor.');
  });

  it('sends a long one in parts of PART_CHARS, one after the other, and names them', async () => {
    const { parts, ref } = await sent(long);
    expect(ref).toEqual({ upload: 'u1', parts: 4 });
    expect(parts.map((p) => [p.index, p.part.length])).toEqual([
      [0, PART_CHARS],
      [1, PART_CHARS],
      [2, PART_CHARS],
      [3, 123],
    ]);
    expect(parts.map((p) => p.part).join('')).toBe(long);
  });

  it('sends each part only once the one before it was taken', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const sending = sendInParts(long, 'u1', (p) => {
      log.push(`send ${p.index}`);
      return new Promise<void>((resolve) => (release = () => (log.push(`taken ${p.index}`), resolve())));
    });
    await Promise.resolve();
    expect(log).toEqual(['send 0']);
    for (let i = 0; i < 4; i++) {
      release();
      await new Promise((r) => setTimeout(r, 0));
    }
    await sending;
    expect(log).toEqual(['send 0', 'taken 0', 'send 1', 'taken 1', 'send 2', 'taken 2', 'send 3', 'taken 3']);
  });
});

describe('the background putting the parts together', () => {
  it('gives back the very string, whatever order the parts came in, and forgets it once taken', async () => {
    const { parts, ref } = await sent(long);
    const uploads = new Uploads(10_000_000);
    for (const p of [parts[2], parts[0], parts[3], parts[1]]) uploads.add(7, p);
    expect(uploads.take(7, ref)).toBe(long);
    expect(() => uploads.take(7, ref)).toThrow(BadMessage);
  });

  it('passes a string sent whole through, and leaves a malformed field to the request’s own check', () => {
    const uploads = new Uploads(1000);
    expect(uploads.take(1, 'whole')).toBe('whole');
    expect(uploads.take(1, 42)).toBe(42);
    expect(uploads.take(1, { upload: 'has space', parts: 1 })).toEqual({ upload: 'has space', parts: 1 });
  });

  it('refuses an upload with a part missing, one of another tab, and one a newer upload replaced', async () => {
    const { parts, ref } = await sent(long, 'old');
    const uploads = new Uploads(10_000_000);
    for (const p of parts.slice(0, 3)) uploads.add(1, p);
    expect(() => uploads.take(1, ref)).toThrow(/incomplete/);

    for (const p of parts) uploads.add(1, p);
    expect(() => uploads.take(2, ref)).toThrow(/no such upload/);

    // Tab 1 still holds the whole of it, until a newer upload of the same tab begins.
    const newer = await sent(long, 'new');
    uploads.add(1, newer.parts[0]);
    expect(() => uploads.take(1, ref)).toThrow(/no such upload/);
  });

  it('refuses malformed parts, a part sent twice, and more than it may hold', async () => {
    const uploads = new Uploads(2 * PART_CHARS);
    expect(() => uploads.add(1, null)).toThrow(BadMessage);
    expect(() => uploads.add(1, { upload: 'u', index: -1, part: 'x' })).toThrow(BadMessage);
    expect(() => uploads.add(1, { upload: 'u', index: 0, part: '' })).toThrow(BadMessage);
    expect(() => uploads.add(1, { upload: 'u', index: 0, part: 'x'.repeat(PART_CHARS + 1) })).toThrow(BadMessage);
    expect(() => uploads.add(1, { upload: 'u', index: 2, part: 'x' })).toThrow(/too many parts/);
    uploads.add(1, { upload: 'u', index: 0, part: 'x' });
    expect(() => uploads.add(1, { upload: 'u', index: 0, part: 'y' })).toThrow(/twice/);
    const { parts } = await sent(long, 'big');
    uploads.add(1, parts[0]);
    uploads.add(1, parts[1]);
    expect(() => uploads.add(1, { upload: 'big', index: 1, part: 'z' })).toThrow(BadMessage);
    const tooLong = new Uploads(PART_CHARS + 10);
    tooLong.add(1, parts[0]);
    expect(() => tooLong.add(1, { upload: 'big', index: 1, part: 'x'.repeat(11) })).toThrow(/too long/);
  });
});
