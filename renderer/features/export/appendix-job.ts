/**
 * The work the export worker does, apart from the worker itself so it can be tested in
 * Node: build the appendix from a snapshot and report progress, then hand back the bytes
 * (transferred, not copied) or the HTML preview of its first pages; or build the .xlsx of
 * every matrix. A failure is reported as a message, never thrown away.
 */
import { buildAppendix, type AppendixFormat, type AppendixPart, type Orientation } from '../../../shared/appendix';
import { buildChapterDocx, type ChapterProgress } from '../../../shared/chapter';
import { stateFromSnapshot } from '../../../shared/model/changeset';
import { buildMatricesWorkbook } from '../../../shared/spreadsheet';
import type { Locale, ProjectSnapshot } from '../../../shared/model/types';
import { previewHtml } from './preview-html';

export interface AppendixJobRequest {
  snapshot: ProjectSnapshot;
  parts: AppendixPart[];
  orientation: Partial<Record<AppendixPart, Orientation>>;
  format: AppendixFormat;
  locale: Locale;
  /** ISO time the export was asked for (the year of source notes). */
  now: string;
  /**
   * 'save' hands back the Word file; 'preview' only the HTML of its first pages;
   * 'matrices' the .xlsx workbook of every matrix (parts and orientation unused; the format's table contents apply);
   * 'chapter' the BAB IV draft (parts and orientation unused).
   */
  purpose: 'save' | 'preview' | 'matrices' | 'chapter';
  /**
   * The BAB IV draft's figures as PNG, by figure name, drawn by the page beforehand (a worker
   * cannot draw SVG); absent: a draft without figures.
   */
  figures?: Record<string, Uint8Array>;
}

export type AppendixJobMessage =
  | { type: 'progress'; done: number; total: number; step: AppendixPart | ChapterProgress['step'] }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'preview'; html: string }
  | { type: 'failed'; detail: string };

export type Post = (message: AppendixJobMessage, transfer?: Transferable[]) => void;

export async function runAppendixJob(request: AppendixJobRequest, post: Post): Promise<void> {
  try {
    if (request.purpose === 'matrices') {
      const workbook = await buildMatricesWorkbook(stateFromSnapshot(request.snapshot), {
        locale: request.locale,
        now: new Date(request.now),
        format: request.format,
      });
      post({ type: 'done', bytes: workbook }, [workbook.buffer as ArrayBuffer]);
      return;
    }
    if (request.purpose === 'chapter') {
      const figures = request.figures;
      const draft = await buildChapterDocx(stateFromSnapshot(request.snapshot), {
        locale: request.locale,
        format: request.format,
        now: new Date(request.now),
        figurePng: figures
          ? async (figure) => {
              const png = figures[figure.name];
              if (!png) throw new Error(`The figure ${figure.name} was not drawn.`);
              return png;
            }
          : undefined,
        onProgress: (progress) => post({ type: 'progress', ...progress }),
      });
      post({ type: 'done', bytes: draft }, [draft.buffer as ArrayBuffer]);
      return;
    }
    const bytes = await buildAppendix(stateFromSnapshot(request.snapshot), {
      parts: request.parts,
      orientation: request.orientation,
      format: request.format,
      locale: request.locale,
      now: request.now,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    if (request.purpose === 'preview') post({ type: 'preview', html: await previewHtml(bytes) });
    else post({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
}
