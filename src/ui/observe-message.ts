/**
 * How an extension page (popup, side panel) hears a message meant for the background without answering it.
 * The messaging library answers every message it has a handler for, and the sender gets whichever answer
 * comes first: a page answering `contentPageState` would hide the background's reply (or its "no analysis
 * held" error) from the content script. A plain listener that returns nothing leaves the answer to the background.
 */
import { browser, type Browser } from 'wxt/browser';
import { isObject } from '../message-guards';
import type { ProtocolMap } from '../messaging';

export interface Observed {
  /** The payload as sent: unchecked, for the caller's guard. */
  data: unknown;
  sender: Browser.runtime.MessageSender;
}

/** Calls `listener` for every message of `type` (in the messaging library's envelope); returns the function that stops it. */
export function observeMessage(type: keyof ProtocolMap, listener: (message: Observed) => void): () => void {
  const raw = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    if (isObject(message) && message.type === type && typeof message.timestamp === 'number') listener({ data: message.data, sender });
    return undefined;
  };
  browser.runtime.onMessage.addListener(raw);
  return () => browser.runtime.onMessage.removeListener(raw);
}
