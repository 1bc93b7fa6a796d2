import type { ComponentChildren } from 'preact';
import { InfoIcon } from './icons';

interface Props {
  title: string;
  children?: ComponentChildren;
  /** A button (or buttons) that resolve the state, when there is something the reader can do. */
  action?: ComponentChildren;
  /** Loading: announced as busy, with a quiet spinner instead of the icon. */
  busy?: boolean;
}

/** A whole-popup message for a state with nothing to list: what is going on, and what to do about it. */
export function StateMessage({ title, children, action, busy = false }: Props) {
  return (
    <section class="state" role="status" aria-busy={busy}>
      {busy ? <span class="spinner" aria-hidden="true" /> : <InfoIcon />}
      <h2 class="state-title">{title}</h2>
      {children}
      {action && <div class="state-actions">{action}</div>}
    </section>
  );
}
