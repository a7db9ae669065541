import type { CallbackRequest, CallbackSender } from '../ports';

/**
 * A CallbackSender that keeps every request it was asked to send instead of queuing it, so a test
 * asserts the callbacks an agency would receive, in order.
 */
export class RecordingCallbacks implements CallbackSender {
  readonly sent: CallbackRequest[] = [];

  send(request: CallbackRequest): Promise<void> {
    this.sent.push(structuredClone(request));
    return Promise.resolve();
  }
}
