// Runs the report extractor off the main thread: a long or messy report must not freeze the
// page. The work is in extract-protocol.ts; this shell only connects it to postMessage.
import { extractReport } from '../extract/extract-report';
import { handleExtractRequest } from './extract-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<unknown>) => {
  scope.postMessage(await handleExtractRequest(event.data, extractReport));
};
