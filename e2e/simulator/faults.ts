/** The queue of injected faults: each is consumed by the first requests it matches. */
import { FAULT_KINDS, ROUTE_NAMES, type FaultSpec, type PendingFault, type RouteName } from './types';

export interface FaultTarget {
  route: RouteName;
  path: string;
  model?: string;
  stream: boolean;
}

export class FaultQueue {
  private queue: PendingFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): number {
    validateFault(spec);
    const count = spec.count ?? 1;
    const remaining = count < 0 || count === Infinity ? Infinity : count;
    const id = this.nextId++;
    if (remaining > 0) this.queue.push({ id, spec: { ...spec }, remaining });
    return id;
  }

  clear(): void {
    this.queue = [];
  }

  list(): PendingFault[] {
    return this.queue.map((f) => ({ ...f, spec: { ...f.spec } }));
  }

  /** Removes one hit from the first fault that matches and returns it. */
  take(target: FaultTarget): FaultSpec | undefined {
    const index = this.queue.findIndex((f) => matches(f.spec, target));
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue.splice(index, 1);
    return fault.spec;
  }
}

function matches(spec: FaultSpec, t: FaultTarget): boolean {
  if (spec.kind === 'cut_stream' && !t.stream) return false;
  if (spec.model !== undefined && spec.model !== t.model) return false;
  if (spec.route !== undefined && spec.route !== t.route && !t.path.startsWith(spec.route)) return false;
  return true;
}

/** Rejects specs that would silently never fire (typos in kind, route names, statuses). */
export function validateFault(spec: FaultSpec): void {
  if (!spec || typeof spec !== 'object') throw new TypeError('fault must be an object');
  if (!(FAULT_KINDS as readonly string[]).includes(spec.kind)) {
    throw new TypeError(`unknown fault kind ${JSON.stringify(spec.kind)}; expected one of ${FAULT_KINDS.join(', ')}`);
  }
  if (spec.route !== undefined && !spec.route.startsWith('/') && !(ROUTE_NAMES as readonly string[]).includes(spec.route)) {
    throw new TypeError(`unknown fault route ${JSON.stringify(spec.route)}; use a path prefix or one of ${ROUTE_NAMES.join(', ')}`);
  }
  if (spec.count !== undefined && typeof spec.count !== 'number') throw new TypeError('fault count must be a number');
  if (spec.kind === 'status' && !(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)) {
    throw new TypeError('status fault needs status 400–599');
  }
  if (spec.kind === 'slow' && !(typeof spec.ms === 'number' && spec.ms >= 0)) throw new TypeError('slow fault needs ms >= 0');
}
