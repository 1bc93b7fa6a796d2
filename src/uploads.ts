/**
 * Long strings from the content script to the background, in parts. Chrome copies a message into the
 * other context on the sender's main thread, all in the task that sends it: the text of a long article
 * (100,000 characters) held the page about 35 ms on a slow laptop. Sent in parts of PART_CHARS, each in a
 * task of its own (the next part goes when the last one was taken), no task holds it long; the request
 * that uses the string then names the upload instead of carrying it.
 */
import { BadMessage, isId, isIndex, isObject } from './message-guards';

/** Characters per part: about 10 ms of the page's main thread at CPU 4x. Shorter strings go whole. */
export const PART_CHARS = 32_768;

/** One part of an upload, as the content script sends it (contentPart). */
export interface UploadPart {
  upload: string;
  index: number;
  part: string;
}

/** A string sent ahead in `parts` parts, named in the request that uses it. */
export interface Uploaded {
  upload: string;
  parts: number;
}

/** A request whose field K is sent whole or named as an upload. */
export type WithUpload<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | Uploaded };

/**
 * Sends `text` in parts through `sendPart` (each awaited: the next part is sent in the task that learnt
 * the last one arrived) and resolves with what the request carries in its place; a short text is
 * returned as it is. `upload` names this upload (unique to the sender).
 */
export async function sendInParts(text: string, upload: string, sendPart: (part: UploadPart) => Promise<unknown>): Promise<string | Uploaded> {
  if (text.length <= PART_CHARS) return text;
  const parts = Math.ceil(text.length / PART_CHARS);
  for (let index = 0; index < parts; index++) await sendPart({ upload, index, part: text.slice(index * PART_CHARS, (index + 1) * PART_CHARS) });
  return { upload, parts };
}

interface Pending {
  upload: string;
  parts: string[];
  chars: number;
}

/**
 * The background's side: the parts of each tab's upload in progress, one at a time per tab (a new upload
 * replaces an unfinished one), at most `maxChars` characters in all. Every part and every reference is
 * checked; anything that does not fit is refused with a BadMessage and the upload dropped.
 */
export class Uploads {
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly maxChars: number) {}

  /** Keeps one part sent by tab `tabId`. */
  add(tabId: number, v: unknown): void {
    if (!isObject(v) || !isId(v.upload) || !isIndex(v.index) || typeof v.part !== 'string') throw new BadMessage('a part needs an upload id, an index and a string');
    if (v.part.length === 0 || v.part.length > PART_CHARS) throw new BadMessage(`a part holds 1 to ${PART_CHARS} characters`);
    if (v.index >= Math.ceil(this.maxChars / PART_CHARS)) throw new BadMessage('too many parts');
    let pending = this.pending.get(tabId);
    if (!pending || pending.upload !== v.upload) this.pending.set(tabId, (pending = { upload: v.upload, parts: [], chars: 0 }));
    if (pending.parts[v.index] !== undefined) {
      this.pending.delete(tabId);
      throw new BadMessage('a part was sent twice');
    }
    pending.chars += v.part.length;
    if (pending.chars > this.maxChars) {
      this.pending.delete(tabId);
      throw new BadMessage('upload too long');
    }
    pending.parts[v.index] = v.part;
  }

  /**
   * The string a request's field names: itself when sent whole, else the finished upload it names (then
   * forgotten). Anything else is refused: the request must go whole or name every part sent.
   */
  take(tabId: number, v: unknown): unknown {
    if (typeof v === 'string') return v;
    if (!isObject(v) || !isId(v.upload) || !isIndex(v.parts) || v.parts === 0) return v; // the request's own check refuses it
    const pending = this.pending.get(tabId);
    this.pending.delete(tabId);
    if (!pending || pending.upload !== v.upload) throw new BadMessage('no such upload');
    const parts = pending.parts;
    if (parts.length !== v.parts) throw new BadMessage('upload incomplete');
    for (let i = 0; i < parts.length; i++) if (parts[i] === undefined) throw new BadMessage('upload incomplete');
    return parts.join('');
  }

  /** Drops the tab's unfinished upload (the tab closed or loaded another page). */
  forget(tabId: number): void {
    this.pending.delete(tabId);
  }
}
