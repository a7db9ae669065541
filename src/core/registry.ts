import type { Adapter, NativeRoute, OperationHandler, OperationSpec } from './adapter';
import { splitMessageType } from './message';

export interface ResolvedOperation {
  adapter: Adapter;
  spec: OperationSpec;
  handler: OperationHandler;
  messageType: string;
}

/** Holds every adapter and resolves message types to their handler. Checks the plugins at start. */
export class AdapterRegistry {
  private readonly byService = new Map<string, Adapter>();
  private readonly byType = new Map<string, ResolvedOperation>();

  constructor(adapters: readonly Adapter[], knownSchemaIds: ReadonlySet<string>) {
    for (const adapter of adapters) this.add(adapter, knownSchemaIds);
  }

  private add(adapter: Adapter, knownSchemaIds: ReadonlySet<string>): void {
    const { service, operations, native } = adapter.manifest;
    if (this.byService.has(service)) throw new Error(`Two adapters claim the service "${service}"`);
    this.byService.set(service, adapter);
    for (const spec of operations) {
      const handler = adapter.handlers[spec.operation];
      if (!handler) throw new Error(`Adapter "${service}" lists ${spec.operation} but has no handler for it`);
      for (const id of [spec.requestSchema, spec.responseSchema]) {
        if (id && !knownSchemaIds.has(id)) throw new Error(`Adapter "${service}" refers to unknown schema ${id}`);
      }
      const messageType = `${service}.${spec.operation}`;
      this.byType.set(messageType, { adapter, spec, handler, messageType });
    }
    for (const route of native) {
      if (!operations.some((op) => op.operation === route.operation)) {
        throw new Error(`Adapter "${service}" maps ${route.paths.join(', ')} to unknown operation ${route.operation}`);
      }
      if (route.wireSchema !== undefined && !knownSchemaIds.has(route.wireSchema)) {
        throw new Error(`Adapter "${service}" reads ${route.paths.join(', ')} against unknown schema ${route.wireSchema}`);
      }
    }
  }

  resolve(messageType: string): ResolvedOperation | undefined {
    return this.byType.get(messageType);
  }

  adapter(service: string): Adapter | undefined {
    return this.byService.get(service);
  }

  adapters(): Adapter[] {
    return [...this.byService.values()];
  }

  services(): string[] {
    return [...this.byService.keys()];
  }

  nativeRoutes(): { adapter: Adapter; route: NativeRoute }[] {
    return this.adapters().flatMap((adapter) => adapter.manifest.native.map((route) => ({ adapter, route })));
  }

  /** The service a message type belongs to, known or not. */
  static serviceOf(messageType: string): string | undefined {
    return splitMessageType(messageType)?.service;
  }
}
