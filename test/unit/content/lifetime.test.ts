import { describe, expect, it } from 'vitest';
import { lifetimeOf } from '../../../src/content/lifetime';

describe('lifetimeOf', () => {
  it('ends when the context ends because the runtime is gone', () => {
    const context = new AbortController();
    const life = lifetimeOf(context.signal, () => false);
    expect(life.aborted).toBe(false);
    context.abort();
    expect(life.aborted).toBe(true);
  });

  it('does not end when a page forges the "newer script started" event while the runtime lives', () => {
    const context = new AbortController();
    const life = lifetimeOf(context.signal, () => true);
    context.abort();
    expect(life.aborted).toBe(false);
  });

  it('ends at once for a context that already ended with no runtime', () => {
    const context = new AbortController();
    context.abort();
    expect(lifetimeOf(context.signal, () => false).aborted).toBe(true);
  });
});
