/**
 * Just enough of Firefox's remote debugging protocol (the one `web-ext run` itself speaks to install the
 * add-on) to read a page of the add-on that no tab holds, such as its sidebar: list the add-ons, watch the
 * add-on's documents, and evaluate an expression in one of them. Packets are `LENGTH:JSON` over TCP on
 * 127.0.0.1; web-ext prints the port it uses with `--verbose`.
 */
import net from 'node:net';

type Packet = Record<string, unknown> & { from?: string; type?: string };

export class FirefoxRdp {
  private buffer = Buffer.alloc(0);
  private readonly waiters: Array<(packet: Packet) => boolean> = [];
  private readonly socket: net.Socket;
  private readonly hello: Promise<Packet>;

  constructor(port: number) {
    this.hello = this.next(() => true);
    this.socket = net.createConnection({ host: '127.0.0.1', port });
    this.socket.on('data', (data) => this.read(data));
    this.socket.on('error', () => {});
  }

  private read(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      const i = this.waiters.findIndex((w) => w(packet));
      if (i >= 0) this.waiters.splice(i, 1);
    }
  }

  /** The next packet that `match` accepts. */
  next(match: (packet: Packet) => boolean): Promise<Packet> {
    return new Promise((resolve) => this.waiters.push((p) => (match(p) ? (resolve(p), true) : false)));
  }

  /** Sends a request and resolves with the actor's answer (a packet from it without an event type); rejects on an error answer. */
  async request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    await this.hello;
    const answer = this.next((p) => p.from === to && (p.type === undefined || p.error !== undefined));
    const body = Buffer.from(JSON.stringify({ to, type, ...extra }));
    this.socket.write(`${body.length}:${body}`);
    const packet = await answer;
    if (packet.error) throw new Error(`${type} to ${to}: ${String(packet.error)} ${String(packet.message ?? '')}`);
    return packet;
  }

  /** The console actor of the add-on's document at a URL ending in `suffix` (its sidebar, popup...), or null while there is none. */
  async addonDocument(addonId: string, suffix: string): Promise<string | null> {
    const { addons } = (await this.request('root', 'listAddons')) as { addons: Array<{ id: string; actor: string }> };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) return null;
    const { actor: watcher } = (await this.request(addon.actor, 'getWatcher')) as { actor: string };
    const forms: Array<{ url: string; consoleActor: string }> = [];
    const collect = (p: Packet) => {
      if (p.type === 'target-available-form') forms.push(p.target as { url: string; consoleActor: string });
      return false; // keep listening
    };
    this.waiters.push(collect);
    // Every document of the add-on is announced before the request is answered.
    await this.request(watcher, 'watchTargets', { targetType: 'frame' });
    this.waiters.splice(this.waiters.indexOf(collect), 1);
    return forms.find((f) => new URL(f.url).pathname.endsWith(suffix))?.consoleActor ?? null;
  }

  /** Evaluates `expression` in a document (by its console actor); resolves with a primitive result. */
  async evaluate(consoleActor: string, expression: string): Promise<unknown> {
    // The result comes as an event, sometimes ahead of the request's answer: listen first. One evaluation at a time.
    const result = this.next((p) => p.type === 'evaluationResult');
    await this.request(consoleActor, 'evaluateJSAsync', { text: expression });
    const packet = await result;
    if (packet.hasException) throw new Error(`evaluation failed: ${JSON.stringify(packet.exceptionMessage ?? packet.exception)}`);
    return packet.result;
  }

  close(): void {
    this.socket.destroy();
  }
}
