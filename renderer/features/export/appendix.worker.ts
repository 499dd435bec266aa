/**
 * The export worker: builds the Word appendix off the main thread, so the screen keeps
 * answering (and the progress bar moves) while a large appendix is written.
 */
import { runAppendixJob, type AppendixJobMessage, type AppendixJobRequest } from './appendix-job';

// The renderer's types describe a window; inside a worker `self` posts to the page.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AppendixJobRequest>) => void) | null;
  postMessage(message: AppendixJobMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  void runAppendixJob(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
