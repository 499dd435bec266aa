import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { resolveFormat } from '../../../shared/appendix';
import { chapterFigures, chapterSentence } from '../../../shared/chapter';
import { snapshotFromState } from '../../../shared/model/changeset';
import { displayProject } from '../../../shared/display/test-support';
import { translate } from '../../../shared/i18n';
import { runAppendixJob, type AppendixJobMessage } from './appendix-job';
import { firstBlocks, PREVIEW_CHARS } from './preview-html';

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
        purpose: 'save',
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

  it('builds the BAB IV draft with the figures the page drew, reporting its steps, as the appendix is built', async () => {
    const messages: AppendixJobMessage[] = [];
    const state = displayProject();
    const names = chapterFigures(state, 'id', chapterSentence('id')).map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    // Each "drawn" figure a distinct PNG-signed payload the draft must carry unchanged.
    const figures = Object.fromEntries(names.map((name, i) => [name, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, i, 7, 7])]));
    await runAppendixJob(
      { snapshot: snapshotFromState(state), parts: [], orientation: {}, format: resolveFormat(), locale: 'id', now: '2026-03-01T00:00:00.000Z', purpose: 'chapter', figures },
      (message) => messages.push(message),
    );
    const steps = messages.flatMap((m) => (m.type === 'progress' ? [`${m.step} ${m.done}/${m.total}`] : []));
    expect(steps).toEqual(['draft 0/3', 'figures 1/3', 'pack 2/3']);
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done') return;
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(last.bytes) });
    expect(text).toContain('BAB IV');
    const media = Object.entries(unzipSync(last.bytes)).filter(([path]) => path.startsWith('word/media/')).map(([, bytes]) => Array.from(bytes));
    for (const png of Object.values(figures)) expect(media).toContainEqual(Array.from(png));
  });

  it('previews the first pages as HTML instead of handing over the file', async () => {
    const messages: AppendixJobMessage[] = [];
    const state = displayProject();
    const long = { ...state.informants.i1!, memo: '', name: `<b>Bu Sri</b> & ${'panjang '.repeat(4000)}` };
    await runAppendixJob(
      {
        snapshot: snapshotFromState({ ...state, informants: { ...state.informants, i1: long } }),
        parts: ['informants', 'transcripts'],
        orientation: {},
        format: resolveFormat(),
        locale: 'en',
        now: '2026-03-01T00:00:00.000Z',
        purpose: 'preview',
      },
      (message) => messages.push(message),
    );
    const last = messages.at(-1)!;
    expect(last.type).toBe('preview');
    if (last.type !== 'preview') return;
    expect(last.html).toContain(translate('en', 'appendix:appendixTitle', { number: 1, title: translate('en', 'appendix:part_informants') }));
    // Text from the project is escaped, never markup.
    expect(last.html).toContain('&lt;b&gt;Bu Sri&lt;/b&gt; &amp;');
    expect(last.html.length).toBeLessThanOrEqual(PREVIEW_CHARS);
    expect(messages.some((m) => m.type === 'done')).toBe(false);
  });

  it('cuts a long preview after a whole block', () => {
    expect(firstBlocks('<p>satu</p><table><tr><td>dua</td></tr></table><p>tiga</p>', 50)).toBe('<p>satu</p><table><tr><td>dua</td></tr></table>');
    expect(firstBlocks('<p>satu</p><p>dua</p>', 100)).toBe('<p>satu</p><p>dua</p>');
    expect(firstBlocks('<p>satu dua tiga</p>', 6)).toBe('<p>sat');
  });

  it('builds the workbook of every matrix, one sheet per matrix, in the chosen language', async () => {
    const messages: AppendixJobMessage[] = [];
    await runAppendixJob(
      { snapshot: snapshotFromState(displayProject()), parts: [], orientation: {}, format: resolveFormat(), locale: 'en', now: '2026-03-01T00:00:00.000Z', purpose: 'matrices' },
      (message) => messages.push(message),
    );
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done') return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(last.bytes.slice().buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toContain(translate('en', 'appendix:sheet_triangulation'));
    expect(names).toContain(translate('en', 'appendix:sheet_conclusions'));
    const conceptual = workbook.getWorksheet(translate('en', 'appendix:sheet_conceptual'))!;
    const cells: string[] = [];
    conceptual.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    // English labels of the hand-made project's indicator and informant.
    expect(cells).toContain('Socialisation');
    expect(cells).toContain('I1');
  });

  it('reports a failure as a message instead of throwing', async () => {
    const messages: AppendixJobMessage[] = [];
    await runAppendixJob(
      { snapshot: snapshotFromState(displayProject()), parts: [], orientation: {}, format: resolveFormat(), locale: 'en', now: '2026-03-01T00:00:00.000Z', purpose: 'save' },
      (message) => messages.push(message),
    );
    expect(messages).toEqual([{ type: 'failed', detail: expect.stringContaining('at least one part') }]);
  });
});
