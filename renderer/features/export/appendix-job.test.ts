import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { resolveFormat } from '../../../shared/appendix';
import { snapshotFromState } from '../../../shared/model/changeset';
import { displayProject } from '../../../shared/display/test-support';
import { runAppendixJob, type AppendixJobMessage } from './appendix-job';

describe('the export worker job', () => {
  it('reports progress per part, then hands over the .docx with the parts in the chosen order', async () => {
    const messages: AppendixJobMessage[] = [];
    const transfers: Transferable[][] = [];
    await runAppendixJob(
      {
        snapshot: snapshotFromState(displayProject()),
        parts: ['codebook', 'informants'],
        orientation: {},
        format: resolveFormat(),
        locale: 'id',
        now: '2026-03-01T00:00:00.000Z',
      },
      (message, transfer) => {
        messages.push(message);
        transfers.push(transfer ?? []);
      },
    );
    const steps = messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? `${m.step} ${m.done}/${m.total}` : ''));
    expect(steps).toEqual(['codebook 0/3', 'informants 1/3', 'pack 2/3', 'pack 3/3']);
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done') return;
    // The bytes are transferred to the page, not copied.
    expect(transfers.at(-1)).toEqual([last.bytes.buffer]);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(last.bytes) });
    const codebookAt = text.indexOf('Buku kode');
    const informantsAt = text.indexOf('Daftar informan');
    expect(codebookAt).toBeGreaterThanOrEqual(0);
    expect(informantsAt).toBeGreaterThan(codebookAt);
    expect(text).toContain('Nama I1');
  });

  it('reports a failure as a message instead of throwing', async () => {
    const messages: AppendixJobMessage[] = [];
    await runAppendixJob(
      { snapshot: snapshotFromState(displayProject()), parts: [], orientation: {}, format: resolveFormat(), locale: 'en', now: '2026-03-01T00:00:00.000Z' },
      (message) => messages.push(message),
    );
    expect(messages).toEqual([{ type: 'failed', detail: expect.stringContaining('at least one part') }]);
  });
});
