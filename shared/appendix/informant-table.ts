/**
 * The informant table of BAB III and the lampiran:
 * No | Informan | Jabatan | Kategori | Kelompok | Tanggal wawancara.
 */
import { categoryLabel } from '../project/informant-category';
import type { Informant } from '../model/types';
import type { Block } from './blocks';
import { caption, dataTable, note, sourceNote } from './blocks';
import type { AppendixContext } from './context';
import { formatDate } from './context';
import type { Orientation } from './format';

/** The project's informants in the order the student arranged them. */
export function orderedInformants(ctx: AppendixContext): Informant[] {
  return Object.values(ctx.state.informants).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'id', { numeric: true }));
}

/** "Ir. Hendra Wijayakusuma, M.M. (I1)": the name with the label quotes cite by. */
export function informantName(informant: Informant): string {
  const name = informant.name.trim();
  const label = informant.label.trim();
  if (!name) return label;
  return label && label !== name ? `${name} (${label})` : name;
}

export function informantTable(ctx: AppendixContext, orientation: Orientation = 'portrait'): Block[] {
  const informants = orderedInformants(ctx);
  if (informants.length === 0) return [note(ctx.t('empty'))];
  const dash = ctx.t('emptyCell');
  const or = (value: string): string => value.trim() || dash;
  const rows = informants.map((informant, i) => [
    String(i + 1),
    informantName(informant),
    or(informant.position),
    or(categoryLabel(informant.category, ctx.locale)),
    or(informant.group),
    or(formatDate(ctx, informant.interviewDate)),
  ]);
  // Widths in centimetres of the 14 cm between thesis margins, so "Kelompok" and "pendukung" never break mid-word.
  const columns = [
    { header: ctx.t('col_no'), weight: 0.9, align: 'center' as const },
    { header: ctx.t('col_informant'), weight: 3.1 },
    { header: ctx.t('col_position'), weight: 2.95 },
    { header: ctx.t('col_category'), weight: 2.3 },
    { header: ctx.t('col_group'), weight: 2.35 },
    { header: ctx.t('col_interviewDate'), weight: 2.4 },
  ];
  return [caption(ctx, ctx.t('caption_informants')), dataTable(ctx, columns, rows, orientation), ...sourceNote(ctx)];
}
