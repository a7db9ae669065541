import type { CallbackEffects, ScenarioContext, ScenarioEngine } from '../ports';

interface ScriptedFault {
  messageType: string;
  stage?: ScenarioContext['stage'];
  error: Error;
  left: number;
}

/**
 * A ScenarioEngine a test scripts: `fail('dkdn.x', error)` makes the next message of that type (on
 * one stage, or any) throw `error` before its handler runs, as an injected fault does. Every call it
 * was asked about is kept in `applied`.
 */
export class ScriptedScenarios implements ScenarioEngine {
  readonly applied: ScenarioContext[] = [];
  private readonly faults: ScriptedFault[] = [];

  fail(messageType: string, error: Error, options: { stage?: ScenarioContext['stage']; times?: number } = {}): void {
    this.faults.push({ messageType, error, left: options.times ?? 1, ...(options.stage ? { stage: options.stage } : {}) });
  }

  apply(context: ScenarioContext): Promise<void> {
    this.applied.push(context);
    const fault = this.faults.find(
      (f) => f.left > 0 && f.messageType === context.message.header.messageType && (f.stage === undefined || f.stage === context.stage),
    );
    if (!fault) return Promise.resolve();
    fault.left--;
    return Promise.reject(fault.error);
  }

  quiet(): boolean {
    return this.faults.every((f) => f.left <= 0);
  }

  callbackEffects(): Promise<CallbackEffects> {
    return Promise.resolve({});
  }
}
