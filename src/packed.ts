// No imports: the annotator bundle decodes answers with it, without the messaging library.
/**
 * A value sent as its JSON text. Chrome hands a message's objects to the receiving context one value at a
 * time, on its main thread (a report of 1,300 attributions: over 30 ms of the page's main thread on a slow
 * laptop), while a string crosses in one piece and JSON.parse builds the same objects in a few ms. The
 * background's answers to the content script travel packed.
 */
export type Packed<T> = string & { readonly packed?: T };

export function pack<T>(value: T): Packed<T> {
  return JSON.stringify(value) as Packed<T>;
}

/** The value of a packed answer; throws a TypeError when `packed` is not one. */
export function unpack<T>(packed: Packed<T>): T {
  if (typeof packed !== 'string') throw new TypeError('a packed answer must be a JSON string');
  return JSON.parse(packed) as T;
}
