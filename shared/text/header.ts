/**
 * Reads the interview header (nama, jabatan, hari/tanggal, tempat …) from the top of a
 * transcript, so each imported transcript can get an informant filled in for the student.
 */
import type { InterviewHeader } from '../model/types';
import { parseIndonesianDate } from './dates';
import { findHeaderLines } from './header-block';
import { headerFieldOf } from './labels';

export { parseIndonesianDate } from './dates';

/**
 * The header fields found in the "Label: value" lines before the first speaker turn
 * (table rows of a header table arrive as such lines too). The first Nama/Informan line gives
 * `name`, Jabatan/Pekerjaan `position`, Tanggal/Hari/Tanggal `date` (kept as written),
 * Tempat/Lokasi `place`; every other field goes to `extra` under its label as written. Without a
 * date field, a "Waktu" line that holds a date gives `date`.
 */
export function extractHeader(text: string): InterviewHeader {
  const header: InterviewHeader = { extra: {} };
  for (const line of findHeaderLines(text.split('\n', 60))) {
    if (line.value === '') continue;
    // Speaker words in a header ("Informan: Bu Sri") name the informant; "Peneliti" stays extra.
    const field = headerFieldOf(line.label) ?? (/^(informan|narasumber|informant|responden|respondent)$/i.test(line.label) ? 'name' : 'other');
    if (field !== 'other' && header[field] === undefined) header[field] = line.value;
    else if (!(line.label in header.extra)) header.extra[line.label] = line.value;
  }
  // Field notes often write the date only in "Waktu: 14.00–15.30 WIB / Sabtu / 16 Oktober 2021".
  const timeLabel = header.date === undefined ? Object.keys(header.extra).find((label) => /^(waktu|time)$/i.test(label.trim())) : undefined;
  if (timeLabel && parseIndonesianDate(header.extra[timeLabel]!)) {
    header.date = header.extra[timeLabel];
    delete header.extra[timeLabel];
  }
  return header;
}
