/**
 * A PDF page's text rebuilt from the positioned pieces pdf.js reads from its text layer:
 * pieces on the same baseline make a line (left to right), lines run top to bottom, a gap
 * clearly wider than the page's usual line spacing starts a new paragraph (an empty line),
 * and a word the typesetter broke with a hyphen at a line end is whole again.
 */
import { normalizeText } from '../text/normalize';

/** One piece of text as placed on the page (PDF units, y grows upwards). */
export interface PdfTextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's height; 0 when pdf.js could not tell. */
  height: number;
}

interface Line {
  y: number;
  height: number;
  pieces: PdfTextPiece[];
}

// A baseline within this share of the text height belongs to the same line (super/subscripts drift a little).
const SAME_LINE = 0.5;
// A horizontal gap wider than this share of the text height is a space the PDF did not write as a character.
const WORD_GAP = 0.15;
// A line gap this much wider than the page's usual one starts a paragraph.
const PARAGRAPH_GAP = 1.3;

/** The page's lines, top to bottom, each with its pieces left to right. */
function linesOf(pieces: readonly PdfTextPiece[]): Line[] {
  const sorted = pieces.filter((p) => p.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(1, SAME_LINE * Math.min(piece.height || 1, line?.height || piece.height || 1));
    if (line && Math.abs(line.y - piece.y) <= tolerance) {
      line.pieces.push(piece);
      line.height = Math.max(line.height, piece.height);
    } else {
      lines.push({ y: piece.y, height: piece.height, pieces: [piece] });
    }
  }
  for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/** A line's pieces joined, with a space wherever the gap between them is a word gap. */
function lineText(line: Line): string {
  let text = '';
  let end = -Infinity;
  for (const piece of line.pieces) {
    const gap = piece.x - end;
    if (text !== '' && gap > WORD_GAP * (piece.height || line.height || 1) && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    end = Math.max(end, piece.x + piece.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/**
 * Rejoins words broken at line ends: "pember-" + "dayaan UMKM" gives "pemberdayaan" and
 * "UMKM". Only a hyphen after a letter, before a lower-case letter, counts; a repeated word
 * ("anak-" + "anak") is Indonesian reduplication and keeps its hyphen.
 */
export function joinBrokenWords(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const head = /(\p{L}+)[-\u00AD]$/u.exec(out[i]!);
    const next = out[i + 1]!;
    const tail = /^(\p{Ll}[\p{L}\p{N}]*)([.,;:!?)]*)(?:\s+|$)/u.exec(next);
    if (!head || !tail) continue;
    const repeated = head[1]!.toLowerCase() === tail[1]!.toLowerCase();
    const soft = out[i]!.endsWith('\u00AD');
    const joined = repeated && !soft ? `${out[i]}${tail[1]}${tail[2]}` : `${out[i]!.slice(0, -1)}${tail[1]}${tail[2]}`;
    out[i] = joined;
    out[i + 1] = next.slice(tail[0].length);
    if (out[i + 1] === '') {
      out.splice(i + 1, 1);
      i--;
    }
  }
  return out;
}

/**
 * The text of one page: lines top to bottom, an empty line between paragraphs, broken words
 * whole, normalised like an imported .txt. An empty string for a page without text.
 */
export function pageText(pieces: readonly PdfTextPiece[]): string {
  const lines = linesOf(pieces);
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const usual = median(gaps);
  const paragraphs: string[][] = [[]];
  lines.forEach((line, i) => {
    const text = lineText(line);
    if (text === '') return;
    if (i > 0 && gaps[i - 1]! > PARAGRAPH_GAP * usual && paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(text);
  });
  return normalizeText(paragraphs.map((p) => joinBrokenWords(p).join('\n')).join('\n\n'));
}
