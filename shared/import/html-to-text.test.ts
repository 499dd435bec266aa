import { describe, expect, it } from 'vitest';
import { htmlToText, tableRowToLine } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    ['one paragraph per line', '<p>P: satu</p><p>I: dua</p>', 'P: satu\nI: dua'],
    ['headings and list items are lines', '<h1>Judul</h1><ul><li>a</li><li>b<ul><li>b1</li></ul></li></ul>', 'Judul\na\nb\nb1'],
    ['manual line break starts a new line', '<p>satu<br />dua</p>', 'satu\ndua'],
    ['two breaks leave an empty line', '<p>satu<br /><br />dua</p>', 'satu\n\ndua'],
    ['runs of empty paragraphs become one empty line', '<p>a</p><p></p><p></p><p></p><p>b</p>', 'a\n\nb'],
    ['inline formatting and links are plain text', '<p><strong>P:</strong> lihat <a href="x">situs</a> <em>ini</em></p>', 'P: lihat situs ini'],
    ['entities decoded', '<p>A &amp; B &lt;tag&gt; "kutip"</p>', 'A & B <tag> "kutip"'],
    ['footnote references and notes left out', '<p>Teks.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Catatan kaki <a href="#footnote-ref-1">↑</a></p></li></ol>', 'Teks.'],
    ['endnotes left out', '<p>Teks.<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup></p><ol><li id="endnote-1"><p>Akhir</p></li></ol>', 'Teks.'],
    ['images ignored', '<p>Foto: <img src="" /> kantor</p>', 'Foto:  kantor'],
    ['table rows are lines with cells joined', '<table><tr><td><p>No</p></td><td><p>Program</p></td><td><p>Tahun</p></td></tr></table>', 'No | Program | Tahun'],
    ['header table row becomes "label: value"', '<table><tr><td><p>Nama</p></td><td><p>:</p></td><td><p>Sri</p></td></tr></table>', 'Nama: Sri'],
    ['paragraphs inside a cell are joined by a space', '<table><tr><td><p>Hari</p><p>Tanggal</p></td><td><p>x</p></td><td><p>y</p></td></tr></table>', 'Hari Tanggal | x | y'],
    ['nested table read into its cell', '<table><tr><td><table><tr><td>a</td><td>b</td><td>c</td></tr></table></td><td>z</td><td>w</td></tr></table>', 'a | b | c | z | w'],
    ['characters XML forbids do not break the conversion', '<p>a\u0001b\uFFFEc\u000Bd</p>', 'abc\nd'],
    ['empty rows dropped', '<table><tr><td></td><td></td></tr><tr><td>P</td><td>Halo</td></tr></table>', 'P: Halo'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('tableRowToLine', () => {
  it.each([
    [['Nama', ':', 'Sri Wahyuni'], 'Nama: Sri Wahyuni'],
    [['Jabatan', 'Kepala Bidang'], 'Jabatan: Kepala Bidang'],
    [['Tempat', ': Kantor Dinas'], 'Tempat: Kantor Dinas'],
    [['Hari/Tanggal:', 'Senin'], 'Hari/Tanggal: Senin'],
    [['P', 'Bagaimana programnya?'], 'P: Bagaimana programnya?'],
    [['1', 'Teks baris satu'], '1 | Teks baris satu'],
    [['No.', 'Teks'], 'No. | Teks'],
    [['Nama', 'Jabatan', 'Kategori'], 'Nama | Jabatan | Kategori'],
    [['a', '', 'c', 'd'], 'a | c | d'],
  ])('%j → %s', (cells, expected) => {
    expect(tableRowToLine(cells)).toBe(expected);
  });
});
